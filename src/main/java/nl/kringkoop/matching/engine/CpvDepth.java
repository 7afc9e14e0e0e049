package nl.kringkoop.matching.engine;

/**
 * How closely two CPV codes (eight digits as numbers) relate: 4 the same code or one covering the
 * other (45200000 covers 45210000), 3 the same class (four digits), 2 the same group (three), 1 the
 * same division (two), 0 unrelated.
 */
final class CpvDepth {

  private CpvDepth() {}

  static int between(int a, int b) {
    if (a == b) {
      return 4;
    }
    // Walk down from the division to the first digit where the codes differ; one covers the
    // other when it has only zeros from that digit on.
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

  static int division(int code) {
    return code / 1_000_000;
  }
}
