package nl.kringkoop.matching.engine;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * Finds a firm's slot by its id: an open-addressing table of slots, probed linearly, that reads the
 * id of a slot from the index instead of storing it again. A map of boxed keys would take about 70
 * bytes per firm; this takes 8.
 */
final class SlotsById {

  private static final int EMPTY = -1;

  private final IntToLongFunction idOfSlot;
  private int[] table = emptyTable(16);
  private int size;

  SlotsById(IntToLongFunction idOfSlot) {
    this.idOfSlot = idOfSlot;
  }

  int size() {
    return size;
  }

  /** The slot of the id, or -1. */
  int find(long id) {
    int mask = table.length - 1;
    for (int at = home(id, mask); ; at = (at + 1) & mask) {
      int slot = table[at];
      if (slot == EMPTY || idOfSlot.applyAsLong(slot) == id) {
        return slot;
      }
    }
  }

  /** Records the slot of an id that is not in the table yet; its id must be readable already. */
  void add(long id, int slot) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    place(id, slot);
    size++;
  }

  /** Forgets the id; its slot must still hold it while this runs. */
  void remove(long id) {
    int mask = table.length - 1;
    int at = home(id, mask);
    while (table[at] != EMPTY && idOfSlot.applyAsLong(table[at]) != id) {
      at = (at + 1) & mask;
    }
    if (table[at] == EMPTY) {
      return;
    }
    // Close the gap: move up any later entry of the run whose home lies at or before the hole,
    // so every id stays reachable from its home without tombstones.
    int hole = at;
    for (int next = (hole + 1) & mask; table[next] != EMPTY; next = (next + 1) & mask) {
      int home = home(idOfSlot.applyAsLong(table[next]), mask);
      if (((next - home) & mask) >= ((next - hole) & mask)) {
        table[hole] = table[next];
        hole = next;
      }
    }
    table[hole] = EMPTY;
    size--;
  }

  private void grow() {
    int[] old = table;
    table = emptyTable(old.length * 2);
    for (int slot : old) {
      if (slot != EMPTY) {
        place(idOfSlot.applyAsLong(slot), slot);
      }
    }
  }

  private void place(long id, int slot) {
    int mask = table.length - 1;
    int at = home(id, mask);
    while (table[at] != EMPTY) {
      at = (at + 1) & mask;
    }
    table[at] = slot;
  }

  private static int home(long id, int mask) {
    long mixed = id * 0x9E3779B97F4A7C15L;
    return (int) (mixed ^ (mixed >>> 32)) & mask;
  }

  private static int[] emptyTable(int length) {
    int[] table = new int[length];
    Arrays.fill(table, EMPTY);
    return table;
  }
}
