package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpvDepthTest {

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "45210000, 45210000, 4",
    "45000000, 45210000, 4", // a division covers its codes
    "45210000, 45200000, 4", // so does a group
    "45211000, 45210000, 4",
    "45211100, 45211200, 3", // same class 4521
    "45211000, 45220000, 2", // same group 452
    "45210000, 45310000, 1", // same division 45
    "45210000, 39100000, 0",
    "03000000, 45000000, 0"
  })
  void depthIsSymmetricAndFollowsTheHierarchy(int a, int b, int depth) {
    assertEquals(depth, CpvDepth.between(a, b));
    assertEquals(depth, CpvDepth.between(b, a));
  }

  @Test
  void theWrittenOutComparisonAgreesWithTheDigitByDigitDefinition() {
    Random random = new Random(17);
    int[] samples = {0, 3_000_000, 45_000_000, 45_200_000, 45_210_000, 45_211_000, 45_211_100};
    for (int i = 0; i < 200_000; i++) {
      int a = random.nextInt(3) == 0 ? samples[random.nextInt(samples.length)] : code(random);
      int b = random.nextInt(2) == 0 ? near(a, random) : code(random);
      assertEquals(byDigits(a, b), CpvDepth.between(a, b), a + " and " + b);
    }
  }

  /** A code with its last digits zero as often as not, as CPV codes are. */
  private static int code(Random random) {
    int code = random.nextInt(100_000_000);
    int zeros = random.nextInt(8);
    int unit = (int) Math.pow(10, zeros);
    return random.nextInt(10) == 0 ? -code : code / unit * unit;
  }

  private static int near(int code, Random random) {
    int unit = (int) Math.pow(10, random.nextInt(7));
    return code / (unit * 10) * (unit * 10) + random.nextInt(10) * unit;
  }

  /** The definition: walk down from the division to the first digit where the codes differ. */
  private static int byDigits(int a, int b) {
    if (a == b) {
      return 4;
    }
    int shared = 0;
    for (int unit = 1_000_000; unit >= 1; unit /= 10) {
      if (a / unit != b / unit) {
        int rest = unit * 10;
        if (shared > 0 && (a % rest == 0 || b % rest == 0)) {
          return 4;
        }
        return Math.min(shared, 3);
      }
      shared++;
    }
    return 4;
  }
}
