package nl.kringkoop.matching.engine;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The firms a knock-out kept out of one ranking. A need that requires a service area can keep out
 * most of a division, so the list holds ids and causes in arrays and makes each {@link Exclusion}
 * only when it is read. It cannot be changed from outside the engine.
 */
final class ExclusionList extends AbstractList<Exclusion> implements RandomAccess {

  private static final Reach[] REACHES = Reach.values();

  private long[] ids = new long[16];
  private int[] missingCertificates = new int[16];
  private byte[] reaches = new byte[16];
  private int size;

  void addMissingCertificates(long id, int missing) {
    add(id, missing, 0);
  }

  void addOutOfReach(long id, int reach) {
    add(id, 0, reach);
  }

  private void add(long id, int missing, int reach) {
    if (size == ids.length) {
      int length = Growth.next(size);
      ids = Arrays.copyOf(ids, length);
      missingCertificates = Arrays.copyOf(missingCertificates, length);
      reaches = Arrays.copyOf(reaches, length);
    }
    ids[size] = id;
    missingCertificates[size] = missing;
    reaches[size] = (byte) reach;
    size++;
  }

  @Override
  public Exclusion get(int index) {
    Objects.checkIndex(index, size);
    int missing = missingCertificates[index];
    return new Exclusion(
        ids[index],
        missing != 0
            ? MatchScorer.missingCertificates(missing)
            : MatchScorer.outOfReach(REACHES[reaches[index]]));
  }

  @Override
  public int size() {
    return size;
  }
}
