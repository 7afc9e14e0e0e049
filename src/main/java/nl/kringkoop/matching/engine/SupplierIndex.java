package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The registry in memory for matching: every firm's facts in a slot, and per CPV division the slots
 * of the firms offering something in it, so a need is matched only against firms that can do part
 * of it. Changes replace a firm's facts; readers see a consistent snapshot because every change
 * builds a new posting array for the divisions it touches (copy on write).
 */
public final class SupplierIndex {

  private static final int DIVISIONS = 100;

  private final Map<Long, Integer> slotOf = new HashMap<>();
  private final List<Integer> freeSlots = new ArrayList<>();
  private volatile SupplierFacts[] facts = new SupplierFacts[16];
  private final int[][] postings = new int[DIVISIONS][];
  private final int[] postingSizes = new int[DIVISIONS];
  private int size;
  private int[] visited = new int[16];
  private int visit;

  public SupplierIndex() {
    for (int d = 0; d < DIVISIONS; d++) {
      postings[d] = new int[0];
    }
  }

  /** Adds a firm or replaces what the index knew of it. */
  public synchronized void put(SupplierFacts firm) {
    remove(firm.id());
    int slot = freeSlots.isEmpty() ? size++ : freeSlots.remove(freeSlots.size() - 1);
    if (slot >= facts.length) {
      facts = Arrays.copyOf(facts, Math.max(16, facts.length * 2));
    }
    facts[slot] = firm;
    slotOf.put(firm.id(), slot);
    for (int division : divisions(firm)) {
      int[] list = postings[division];
      if (postingSizes[division] == list.length) {
        list = Arrays.copyOf(list, Math.max(8, list.length * 2));
      }
      list[postingSizes[division]++] = slot;
      postings[division] = list;
    }
  }

  public synchronized void remove(long supplierId) {
    Integer slot = slotOf.remove(supplierId);
    if (slot == null) {
      return;
    }
    for (int division : divisions(facts[slot])) {
      int[] list = postings[division];
      int count = postingSizes[division];
      for (int i = 0; i < count; i++) {
        if (list[i] == slot) {
          list[i] = list[count - 1];
          postingSizes[division] = count - 1;
          break;
        }
      }
    }
    facts[slot] = null;
    freeSlots.add(slot);
  }

  public synchronized Optional<SupplierFacts> get(long supplierId) {
    Integer slot = slotOf.get(supplierId);
    return slot == null ? Optional.empty() : Optional.of(facts[slot]);
  }

  public synchronized int size() {
    return slotOf.size();
  }

  /**
   * Hands every firm offering something in one of the need's divisions to the consumer once, as its
   * slot; {@link #at(int)} reads the facts of a slot.
   */
  synchronized void forEachCandidate(NeedFacts need, IntConsumer slot) {
    if (visited.length < size) {
      visited = new int[facts.length];
      visit = 0;
    }
    // A new mark per query instead of clearing a flag per firm: the array is reused.
    int mark = ++visit;
    for (int i = 0; i < need.codeCount(); i++) {
      int division = CpvDepth.division(need.code(i));
      int[] list = postings[division];
      for (int p = 0; p < postingSizes[division]; p++) {
        int candidate = list[p];
        if (visited[candidate] != mark) {
          visited[candidate] = mark;
          slot.accept(candidate);
        }
      }
    }
  }

  synchronized SupplierFacts at(int slot) {
    return facts[slot];
  }

  private static int[] divisions(SupplierFacts firm) {
    return Arrays.stream(firm.cpvCodes()).map(CpvDepth::division).distinct().toArray();
  }
}
