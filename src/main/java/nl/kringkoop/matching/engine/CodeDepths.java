package nl.kringkoop.matching.engine;

import java.util.Arrays;

/**
 * For one need and one division: the CPV depth of each code the division's firms offer to each of
 * the need's codes, worked out once per ranking so a firm's capability is a few table look-ups.
 */
final class CodeDepths {

  private final int needCodes;
  private final byte[] depths;
  private final int[] sums;
  private final int[] best;

  CodeDepths(NeedFacts need, int[] codes) {
    this.needCodes = need.codeCount();
    this.depths = new byte[codes.length * needCodes];
    this.sums = new int[codes.length];
    this.best = new int[needCodes];
    for (int kind = 0; kind < codes.length; kind++) {
      for (int i = 0; i < needCodes; i++) {
        int depth = CpvDepth.between(need.code(i), codes[kind]);
        depths[kind * needCodes + i] = (byte) depth;
        sums[kind] += depth;
      }
    }
  }

  /** The sum over the need's codes of their depth to this one code. */
  int sum(int kind) {
    return sums[kind];
  }

  /** Starts a firm with several codes; {@link #addCode} each, then {@link #firmSum}. */
  void startFirm() {
    Arrays.fill(best, 0);
  }

  void addCode(int kind) {
    int row = kind * needCodes;
    for (int i = 0; i < needCodes; i++) {
      best[i] = Math.max(best[i], depths[row + i]);
    }
  }

  /** The sum over the need's codes of the best depth among the firm's codes. */
  int firmSum() {
    int sum = 0;
    for (int depth : best) {
      sum += depth;
    }
    return sum;
  }
}
