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
    if (a / 1_000_000 != b / 1_000_000) {
      return 0;
    }
    // Find the first digit where the codes differ; one covers the other when it has only zeros
    // from that digit on. Written out with constant divisors, which compile to multiplications:
    // this runs for every reference code of every firm that comes near the top.
    int shared;
    int rest;
    if (a / 100_000 != b / 100_000) {
      shared = 1;
      rest = 1_000_000;
    } else if (a / 10_000 != b / 10_000) {
      shared = 2;
      rest = 100_000;
    } else if (a / 1_000 != b / 1_000) {
      shared = 3;
      rest = 10_000;
    } else if (a / 100 != b / 100) {
      shared = 4;
      rest = 1_000;
    } else if (a / 10 != b / 10) {
      shared = 5;
      rest = 100;
    } else {
      shared = 6;
      rest = 10;
    }
    return a % rest == 0 || b % rest == 0 ? 4 : Math.min(shared, 3);
  }

  static int division(int code) {
    return code / 1_000_000;
  }
}
