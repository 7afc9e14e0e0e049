package nl.kringkoop.matching.engine;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The registry in memory for matching. Each firm has a slot in {@link FirmColumns} (one primitive
 * array per fact), and every CPV division it offers codes in lists it in {@link DivisionPostings}
 * with a copy of what a ranking reads, so a need is matched only against firms that can do part of
 * it, reading arrays front to back. All access is synchronized: a ranking sees the index as it was
 * when it started, and a change waits for running rankings.
 */
public final class SupplierIndex {

  private static final int DIVISIONS = 100;
  private static final int CODE_LIMIT = DIVISIONS * 1_000_000;
  private static final int MAX_PROFILES = 256;

  private final ValueTable<Place> places = new ValueTable<>();
  private final ValueTable<Profile> profiles = new ValueTable<>();
  private final FirmColumns columns = new FirmColumns(places);
  private final SlotsById slots = new SlotsById(columns::id);
  private final DivisionPostings[] divisions = new DivisionPostings[DIVISIONS];
  private int[] freeSlots = new int[16];
  private int freeCount;
  private int slotCount;
  private final SpreadScan spreadScan = new SpreadScan();

  /**
   * Adds a firm or replaces what the index knew of it.
   *
   * @throws IllegalArgumentException when a CPV code is not eight digits
   */
  public synchronized void put(SupplierFacts firm) {
    int[] codes = firm.sharedCpvCodes();
    for (int code : codes) {
      if (code < 0 || code >= CODE_LIMIT) {
        throw new IllegalArgumentException("not a CPV code: " + code);
      }
    }
    int profile = profiles.numberOf(Profile.of(firm));
    if (profile >= MAX_PROFILES) {
      // Cannot happen: social value and verification take a few dozen values between them.
      throw new IllegalStateException("more firm profiles than the index can number");
    }
    int place = places.numberOf(firm.place());
    remove(firm.id());
    int slot = freeCount > 0 ? freeSlots[--freeCount] : slotCount++;
    columns.write(slot, firm);
    slots.add(firm.id(), slot);
    for (int division : divisionsOf(codes)) {
      if (divisions[division] == null) {
        divisions[division] = new DivisionPostings();
      }
      divisions[division].add(slot, firm, codesIn(division, codes), place, profile);
    }
  }

  public synchronized void remove(long supplierId) {
    int slot = slots.find(supplierId);
    if (slot < 0) {
      return;
    }
    for (int division : divisionsOf(columns.codes(slot))) {
      divisions[division].remove(slot);
    }
    slots.remove(supplierId);
    columns.clear(slot);
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, Growth.next(freeCount));
    }
    freeSlots[freeCount++] = slot;
  }

  public synchronized Optional<SupplierFacts> get(long supplierId) {
    int slot = slots.find(supplierId);
    return slot < 0 ? Optional.empty() : Optional.of(columns.facts(slot));
  }

  public synchronized int size() {
    return slots.size();
  }

  /** What a ranking is handed for each firm offering something in one of the need's divisions. */
  interface Candidates {

    /**
     * @param depthSum the sum over the need's codes of the best CPV depth among the firm's codes
     */
    void accept(DivisionPostings division, int entry, int depthSum);
  }

  /** Runs a reading (a whole ranking) while no change can happen. */
  synchronized <T> T read(Supplier<T> reading) {
    return reading.get();
  }

  /** Hands every firm offering something in one of the need's divisions to the consumer once. */
  synchronized void forEachCandidate(NeedFacts need, Candidates candidates) {
    int[] needDivisions =
        Arrays.stream(divisionsOf(need.cpvCodes()))
            .filter(division -> divisions[division] != null)
            .toArray();
    if (needDivisions.length == 1) {
      DivisionPostings division = divisions[needDivisions[0]];
      CodeDepths depths = division.depthsFor(need);
      for (int entry = 0; entry < division.size(); entry++) {
        candidates.accept(division, entry, division.depthSum(entry, depths));
      }
    } else if (needDivisions.length > 1) {
      DivisionPostings[] postings = new DivisionPostings[needDivisions.length];
      for (int i = 0; i < postings.length; i++) {
        postings[i] = divisions[needDivisions[i]];
      }
      spreadScan.forEachCandidate(need, postings, slotCount, candidates);
    }
  }

  /** The facts of a slot; only while holding the index (see {@link #read}). */
  SupplierFacts factsAt(int slot) {
    assert Thread.holdsLock(this);
    return columns.facts(slot);
  }

  /**
   * The best CPV depth between the firm's reference codes and the need's codes; only while holding
   * the index (a ranking asks this for every firm with references near the top).
   */
  int referenceDepth(int slot, NeedFacts need) {
    assert Thread.holdsLock(this);
    return columns.referenceDepth(slot, need);
  }

  /** The places of the firms by number; only while holding the index. */
  ValueTable<Place> places() {
    assert Thread.holdsLock(this);
    return places;
  }

  /** The profiles of the firms by number; only while holding the index. */
  ValueTable<Profile> profiles() {
    assert Thread.holdsLock(this);
    return profiles;
  }

  /** The distinct divisions of valid codes; codes beyond the eight digits have none. */
  private static int[] divisionsOf(int[] codes) {
    return Arrays.stream(codes)
        .filter(code -> code >= 0 && code < CODE_LIMIT)
        .map(CpvDepth::division)
        .distinct()
        .toArray();
  }

  private static int[] codesIn(int division, int[] codes) {
    return Arrays.stream(codes).filter(code -> CpvDepth.division(code) == division).toArray();
  }
}
