package nl.kringkoop.matching.engine;

/**
 * Candidates of a need whose codes lie in several divisions: a firm may be listed in more than one
 * of them, and its capability counts its codes in all. A first pass adds up each firm's depth sums
 * per slot; a second hands each firm over once. Marks per slot are reused from ranking to ranking
 * instead of clearing an array each time.
 */
final class SpreadScan {

  private int[] sums = new int[0];
  private int[] marks = new int[0];
  private int mark;

  void forEachCandidate(
      NeedFacts need,
      DivisionPostings[] divisions,
      int slots,
      SupplierIndex.Candidates candidates) {
    if (marks.length < slots || mark > Integer.MAX_VALUE - 2) {
      sums = new int[Math.max(slots, sums.length)];
      marks = new int[sums.length];
      mark = 0;
    }
    int summing = ++mark;
    int handed = ++mark;
    for (DivisionPostings division : divisions) {
      CodeDepths depths = division.depthsFor(need);
      for (int entry = 0; entry < division.size(); entry++) {
        int slot = division.slot(entry);
        int depthSum = division.depthSum(entry, depths);
        if (marks[slot] == summing) {
          sums[slot] += depthSum;
        } else {
          marks[slot] = summing;
          sums[slot] = depthSum;
        }
      }
    }
    for (DivisionPostings division : divisions) {
      for (int entry = 0; entry < division.size(); entry++) {
        int slot = division.slot(entry);
        if (marks[slot] == summing) {
          marks[slot] = handed;
          candidates.accept(division, entry, sums[slot]);
        }
      }
    }
  }
}
