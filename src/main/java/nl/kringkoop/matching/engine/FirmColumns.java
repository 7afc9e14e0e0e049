package nl.kringkoop.matching.engine;

import java.util.Arrays;

/**
 * Everything the index knows of each firm, one primitive array per fact indexed by slot, so a
 * million firms cost arrays instead of a million objects. The facts of a slot can be read back as
 * they were put; the ranking reads the reference codes of the few firms that come near the top.
 */
final class FirmColumns {

  private static final Reach[] REACHES = Reach.values();
  private static final byte SOCIAL = 1;
  private static final byte KVK_VERIFIED = 2;
  private static final byte SOCIAL_VERIFIED = 4;

  private final ValueTable<Place> places;
  private long[] ids = new long[0];
  private int[] placeNumbers = new int[0];
  private byte[] reaches = new byte[0];
  private long[] maxContractValues = new long[0];
  private long[] turnovers = new long[0];
  private int[] sizeClasses = new int[0];
  private int[] psoLevels = new int[0];
  private int[] targetGroupPercents = new int[0];
  private int[] certificates = new int[0];
  private int[] strategies = new int[0];
  private byte[] flags = new byte[0];
  private final Runs codes = new Runs();
  private final Runs references = new Runs();

  FirmColumns(ValueTable<Place> places) {
    this.places = places;
  }

  long id(int slot) {
    return ids[slot];
  }

  int[] codes(int slot) {
    return codes.copy(slot);
  }

  void write(int slot, SupplierFacts firm) {
    if (slot >= ids.length) {
      grow(Math.max(slot + 1, Growth.next(ids.length)));
    }
    ids[slot] = firm.id();
    placeNumbers[slot] = places.numberOf(firm.place());
    reaches[slot] = (byte) firm.reach().ordinal();
    maxContractValues[slot] = firm.maxContractValue();
    turnovers[slot] = firm.turnover();
    sizeClasses[slot] = firm.sizeClass();
    psoLevels[slot] = firm.psoLevel();
    targetGroupPercents[slot] = firm.targetGroupPercent();
    certificates[slot] = firm.certificates();
    strategies[slot] = firm.rStrategies();
    flags[slot] =
        (byte)
            ((firm.socialEnterprise() ? SOCIAL : 0)
                | (firm.kvkVerified() ? KVK_VERIFIED : 0)
                | (firm.socialVerified() ? SOCIAL_VERIFIED : 0));
    codes.set(slot, firm.sharedCpvCodes());
    references.set(slot, firm.sharedReferenceCpvCodes());
  }

  void clear(int slot) {
    codes.clear(slot);
    references.clear(slot);
  }

  SupplierFacts facts(int slot) {
    return new SupplierFacts(
        ids[slot],
        codes.copy(slot),
        strategies[slot],
        places.valueOf(placeNumbers[slot]),
        REACHES[reaches[slot]],
        maxContractValues[slot],
        turnovers[slot],
        sizeClasses[slot],
        (flags[slot] & SOCIAL) != 0,
        psoLevels[slot],
        targetGroupPercents[slot],
        certificates[slot],
        references.copy(slot),
        (flags[slot] & KVK_VERIFIED) != 0,
        (flags[slot] & SOCIAL_VERIFIED) != 0);
  }

  /** The best CPV depth between the firm's reference codes and the need's codes. */
  int referenceDepth(int slot, NeedFacts need) {
    int best = 0;
    int end = references.start(slot) + references.count(slot);
    for (int at = references.start(slot); at < end; at++) {
      int code = references.value(at);
      for (int i = 0; i < need.codeCount(); i++) {
        best = Math.max(best, CpvDepth.between(need.code(i), code));
      }
    }
    return best;
  }

  private void grow(int length) {
    ids = Arrays.copyOf(ids, length);
    placeNumbers = Arrays.copyOf(placeNumbers, length);
    reaches = Arrays.copyOf(reaches, length);
    maxContractValues = Arrays.copyOf(maxContractValues, length);
    turnovers = Arrays.copyOf(turnovers, length);
    sizeClasses = Arrays.copyOf(sizeClasses, length);
    psoLevels = Arrays.copyOf(psoLevels, length);
    targetGroupPercents = Arrays.copyOf(targetGroupPercents, length);
    certificates = Arrays.copyOf(certificates, length);
    strategies = Arrays.copyOf(strategies, length);
    flags = Arrays.copyOf(flags, length);
  }
}
