package nl.kringkoop.matching.engine;

import java.util.Arrays;

/**
 * Lists of ints for numbered owners (a firm's CPV codes, its reference codes), kept one after the
 * other in a single array so reading them does not chase a pointer per owner. Replaced lists leave
 * gaps; when the gaps outweigh the lists, the array is rewritten without them.
 */
final class Runs {

  private static final int SMALLEST_REWRITE = 1024;

  private int[] starts = new int[0];
  private int[] counts = new int[0];
  private int[] pool = new int[16];
  private int used;
  private int gaps;

  int start(int owner) {
    return starts[owner];
  }

  int count(int owner) {
    return counts[owner];
  }

  int value(int position) {
    return pool[position];
  }

  int[] copy(int owner) {
    return Arrays.copyOfRange(pool, starts[owner], starts[owner] + counts[owner]);
  }

  /** Gives the owner these values, replacing the ones it had. */
  void set(int owner, int[] values) {
    clear(owner);
    if (owner >= starts.length) {
      int owners = Math.max(owner + 1, Growth.next(starts.length));
      starts = Arrays.copyOf(starts, owners);
      counts = Arrays.copyOf(counts, owners);
    }
    if (used + values.length > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(used + values.length, Growth.next(pool.length)));
    }
    System.arraycopy(values, 0, pool, used, values.length);
    starts[owner] = used;
    counts[owner] = values.length;
    used += values.length;
  }

  void clear(int owner) {
    if (owner < counts.length && counts[owner] > 0) {
      gaps += counts[owner];
      counts[owner] = 0;
      if (gaps > SMALLEST_REWRITE && 2 * gaps > used) {
        rewrite();
      }
    }
  }

  /** Hands the values of one owner to another (which had none) and leaves the first without. */
  void move(int from, int to) {
    starts[to] = starts[from];
    counts[to] = counts[from];
    counts[from] = 0;
  }

  private void rewrite() {
    int[] packed = new int[Growth.next(used - gaps)];
    int next = 0;
    for (int owner = 0; owner < counts.length; owner++) {
      System.arraycopy(pool, starts[owner], packed, next, counts[owner]);
      starts[owner] = next;
      next += counts[owner];
    }
    pool = packed;
    used = next;
    gaps = 0;
  }
}
