package nl.kringkoop.matching.engine;

/** How the index's arrays grow: by half, so a full registry wastes at most a third of them. */
final class Growth {

  private Growth() {}

  static int next(int length) {
    return Math.max(16, length + (length >> 1));
  }
}
