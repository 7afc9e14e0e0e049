package nl.kringkoop.matching.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The firms offering something in one CPV division, with a copy of what a ranking reads of each
 * (id, slot, capacity, place, reach, certificates, R-strategies, profile, and its codes in this
 * division as numbers local to the division), one array per fact. A ranking walks these arrays from
 * start to end instead of jumping through the heap from firm to firm. Removing a firm moves the
 * last one into its place. Most firms have one code in a division; it is kept in the entry, and
 * only longer lists go to a shared array.
 */
final class DivisionPostings {

  private static final int SMALLEST_REWRITE = 1024;
  private static final int LARGE = Integer.MIN_VALUE;

  private final ValueTable<Integer> codeKinds = new ValueTable<>();
  private long[] ids = new long[0];
  private int[] slots = new int[0];

  /** Capacities in euros; the few beyond an int are kept aside by slot. */
  private int[] capacities = new int[0];

  private final Map<Integer, Long> largeCapacities = new HashMap<>();
  private int[] places = new int[0];
  private byte[] reaches = new byte[0];
  private int[] certificates = new int[0];
  private int[] strategies = new int[0];
  private byte[] profiles = new byte[0];

  /** Per entry the number of its one code here, or -1 minus where its list starts in lists. */
  private int[] codes = new int[0];

  /** Lists of several codes: their length, then the code numbers. */
  private int[] lists = new int[16];

  private int listsUsed;
  private int listsGaps;
  private int size;

  int size() {
    return size;
  }

  long id(int entry) {
    return ids[entry];
  }

  int slot(int entry) {
    return slots[entry];
  }

  long capacity(int entry) {
    int capacity = capacities[entry];
    return capacity != LARGE ? capacity : largeCapacities.get(slots[entry]);
  }

  int place(int entry) {
    return places[entry];
  }

  int reach(int entry) {
    return reaches[entry];
  }

  int certificates(int entry) {
    return certificates[entry];
  }

  int strategies(int entry) {
    return strategies[entry];
  }

  int profile(int entry) {
    return profiles[entry] & 0xFF;
  }

  /**
   * Adds a firm with its codes in this division.
   *
   * @param profile the number of the firm's {@link Profile}, below 256
   */
  void add(int slot, SupplierFacts firm, int[] codesHere, int place, int profile) {
    if (size == ids.length) {
      grow(Growth.next(size));
    }
    int[] kinds = new int[codesHere.length];
    for (int i = 0; i < codesHere.length; i++) {
      kinds[i] = codeKinds.numberOf(codesHere[i]);
    }
    ids[size] = firm.id();
    slots[size] = slot;
    long capacity = MatchScorer.capacityOf(firm);
    if (capacity > LARGE && capacity <= Integer.MAX_VALUE) {
      capacities[size] = (int) capacity;
    } else {
      capacities[size] = LARGE;
      largeCapacities.put(slot, capacity);
    }
    places[size] = place;
    reaches[size] = (byte) firm.reach().ordinal();
    certificates[size] = firm.certificates();
    strategies[size] = firm.rStrategies();
    profiles[size] = (byte) profile;
    codes[size] = kinds.length == 1 ? kinds[0] : -1 - list(kinds);
    size++;
  }

  void remove(int slot) {
    int entry = 0;
    while (entry < size && slots[entry] != slot) {
      entry++;
    }
    if (entry == size) {
      return;
    }
    int last = size - 1;
    if (capacities[entry] == LARGE) {
      largeCapacities.remove(slot);
    }
    if (codes[entry] < 0) {
      listsGaps += 1 + lists[-1 - codes[entry]];
    }
    if (entry != last) {
      ids[entry] = ids[last];
      slots[entry] = slots[last];
      capacities[entry] = capacities[last];
      places[entry] = places[last];
      reaches[entry] = reaches[last];
      certificates[entry] = certificates[last];
      strategies[entry] = strategies[last];
      profiles[entry] = profiles[last];
      codes[entry] = codes[last];
    }
    size = last;
    if (listsGaps > SMALLEST_REWRITE && 2 * listsGaps > listsUsed) {
      rewriteLists();
    }
  }

  /** The CPV depth of every code kind of this division to each of the need's codes. */
  CodeDepths depthsFor(NeedFacts need) {
    int[] kinds = new int[codeKinds.count()];
    for (int kind = 0; kind < kinds.length; kind++) {
      kinds[kind] = codeKinds.valueOf(kind);
    }
    return new CodeDepths(need, kinds);
  }

  /** The sum over the need's codes of the best depth among the entry's codes in this division. */
  int depthSum(int entry, CodeDepths depths) {
    int code = codes[entry];
    if (code >= 0) {
      return depths.sum(code);
    }
    int start = -code;
    int end = start + lists[start - 1];
    depths.startFirm();
    for (int at = start; at < end; at++) {
      depths.addCode(lists[at]);
    }
    return depths.firmSum();
  }

  /** Stores a list of several codes and tells where it starts. */
  private int list(int[] kinds) {
    if (listsUsed + 1 + kinds.length > lists.length) {
      lists = Arrays.copyOf(lists, Math.max(listsUsed + 1 + kinds.length, Growth.next(listsUsed)));
    }
    int start = listsUsed;
    lists[start] = kinds.length;
    System.arraycopy(kinds, 0, lists, start + 1, kinds.length);
    listsUsed += 1 + kinds.length;
    return start;
  }

  private void rewriteLists() {
    int[] old = lists;
    lists = new int[Growth.next(listsUsed - listsGaps)];
    listsUsed = 0;
    listsGaps = 0;
    for (int entry = 0; entry < size; entry++) {
      if (codes[entry] < 0) {
        int start = -1 - codes[entry];
        codes[entry] = -1 - list(Arrays.copyOfRange(old, start + 1, start + 1 + old[start]));
      }
    }
  }

  private void grow(int length) {
    ids = Arrays.copyOf(ids, length);
    slots = Arrays.copyOf(slots, length);
    capacities = Arrays.copyOf(capacities, length);
    places = Arrays.copyOf(places, length);
    reaches = Arrays.copyOf(reaches, length);
    certificates = Arrays.copyOf(certificates, length);
    strategies = Arrays.copyOf(strategies, length);
    profiles = Arrays.copyOf(profiles, length);
    codes = Arrays.copyOf(codes, length);
  }
}
