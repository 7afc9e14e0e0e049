package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RunsTest {

  @Test
  void everyOwnerKeepsItsValuesWhileOthersAreReplacedAndTheGapsRewritten() {
    Runs runs = new Runs();
    Map<Integer, int[]> expected = new HashMap<>();
    Random random = new Random(5);
    for (int step = 0; step < 50_000; step++) {
      int owner = random.nextInt(300);
      if (random.nextInt(4) == 0) {
        runs.clear(owner);
        expected.remove(owner);
      } else {
        int[] values = random.ints(random.nextInt(6), -50, 50).toArray();
        runs.set(owner, values);
        expected.put(owner, values);
      }
    }
    for (int owner = 0; owner < 300; owner++) {
      assertArrayEquals(expected.getOrDefault(owner, new int[0]), runs.copy(owner), "" + owner);
    }
  }
}
