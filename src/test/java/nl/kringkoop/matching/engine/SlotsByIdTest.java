package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlotsByIdTest {

  private final long[] idOfSlot = new long[20_000];
  private final SlotsById slots = new SlotsById(slot -> idOfSlot[slot]);

  @Test
  void findsEverySlotThroughAddsAndRemovesThatCollide() {
    Map<Long, Integer> expected = new HashMap<>();
    Random random = new Random(3);
    int nextSlot = 0;
    for (int step = 0; step < 60_000; step++) {
      // Few distinct ids, spaced so that many share a home, and removals in the middle of runs.
      long id = 1 + random.nextInt(4_000) * 1_024L;
      if (expected.containsKey(id)) {
        slots.remove(id);
        expected.remove(id);
      } else if (nextSlot < idOfSlot.length) {
        idOfSlot[nextSlot] = id;
        slots.add(id, nextSlot);
        expected.put(id, nextSlot++);
      }
      if (step % 997 == 0) {
        for (int probe = 0; probe < 4_000; probe++) {
          long any = 1 + probe * 1_024L;
          assertEquals(expected.getOrDefault(any, -1), slots.find(any), "id " + any);
        }
      }
    }
    assertEquals(expected.size(), slots.size());
  }

  @Test
  void aMissingIdHasNoSlotAndRemovingItChangesNothing() {
    idOfSlot[0] = 42;
    slots.add(42, 0);
    slots.remove(7);

    assertEquals(-1, slots.find(7));
    assertEquals(0, slots.find(42));
    assertEquals(1, slots.size());
  }
}
