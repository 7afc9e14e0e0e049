package nl.kringkoop.matching.engine;

/**
 * How closely two CPV codes (eight digits as numbers) relate: 4 the same code or one covering the
 * other (45200000 covers 45210000), 3 the same class (four digits), 2 the same group (three), 1 the
 * same division (two), 0 unrelated.
 */
final class CpvDepth {

  private CpvDepth() {}

  static int between(int a, int b) {
    if (a == b || covers(a, b) || covers(b, a)) {
      return 4;
    }
    if (a / 10_000 == b / 10_000) {
      return 3;
    }
    if (a / 100_000 == b / 100_000) {
      return 2;
    }
    return a / 1_000_000 == b / 1_000_000 ? 1 : 0;
  }

  /** Whether {@code general} is {@code specific} with trailing digits zeroed. */
  static boolean covers(int general, int specific) {
    int unit = 10;
    while (general % unit == 0 && unit <= 10_000_000) {
      if (specific / unit * unit == general) {
        return true;
      }
      unit *= 10;
    }
    return false;
  }

  static int division(int code) {
    return code / 1_000_000;
  }
}
