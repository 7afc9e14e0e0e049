package nl.kringkoop.matching.engine;

import java.util.Arrays;

/**
 * What a consortium must cover for a need, as the bits of one mask: first each distinct CPV code of
 * the need, then each R-strategy it targets. A firm covers a code when one of its codes is the
 * same, covers it or lies in the same CPV class (depth {@value #COVERING_DEPTH} or more): a firm in
 * the same group or only the same division does related but different work. It covers a strategy
 * when it offers it.
 */
final class Requirements {

  static final int COVERING_DEPTH = 3;

  private final int[] codes;
  private final int[] rungs;
  private final long all;

  /**
   * @throws IllegalArgumentException when the need has more distinct codes and strategies than
   *     {@value Long#SIZE}, more than a consortium of four could be told apart by
   */
  Requirements(NeedFacts need) {
    codes = Arrays.stream(need.cpvCodes()).distinct().toArray();
    rungs = new int[Integer.bitCount(need.rStrategies())];
    for (int k = 0, i = 0; k < 10; k++) {
      if ((need.rStrategies() & (1 << k)) != 0) {
        rungs[i++] = k;
      }
    }
    int count = codes.length + rungs.length;
    if (count > Long.SIZE) {
      throw new IllegalArgumentException(
          "a partnership search handles at most " + Long.SIZE + " codes and strategies");
    }
    all = count == Long.SIZE ? -1L : (1L << count) - 1;
  }

  long all() {
    return all;
  }

  /** The bits of the CPV codes, the work itself. */
  long codeBits() {
    return codes.length == Long.SIZE ? -1L : (1L << codes.length) - 1;
  }

  int count() {
    return codes.length + rungs.length;
  }

  int[] codes() {
    return codes.clone();
  }

  int[] rungs() {
    return rungs.clone();
  }

  long coveredBy(SupplierFacts firm) {
    long covered = 0;
    for (int i = 0; i < codes.length; i++) {
      for (int offered : firm.sharedCpvCodes()) {
        if (CpvDepth.between(codes[i], offered) >= COVERING_DEPTH) {
          covered |= 1L << i;
          break;
        }
      }
    }
    for (int i = 0; i < rungs.length; i++) {
      if ((firm.rStrategies() & (1 << rungs[i])) != 0) {
        covered |= 1L << (codes.length + i);
      }
    }
    return covered;
  }

  /**
   * The bit of the requirement that is R-strategy {@code k}, or 0 when the need does not ask it.
   */
  long strategyBit(int k) {
    for (int i = 0; i < rungs.length; i++) {
      if (rungs[i] == k) {
        return 1L << (codes.length + i);
      }
    }
    return 0;
  }

  int[] codesIn(long mask) {
    int[] in = new int[codes.length];
    int count = 0;
    for (int i = 0; i < codes.length; i++) {
      if ((mask & (1L << i)) != 0) {
        in[count++] = codes[i];
      }
    }
    return Arrays.copyOf(in, count);
  }

  /** The R-strategies in a mask as the engine's usual bit set (bit k for Rk). */
  int strategiesIn(long mask) {
    int strategies = 0;
    for (int i = 0; i < rungs.length; i++) {
      if ((mask & (1L << (codes.length + i))) != 0) {
        strategies |= 1 << rungs[i];
      }
    }
    return strategies;
  }
}
