package nl.kringkoop.matching.engine;

/**
 * Small hand-built markets: Nijmegen (1) and Arnhem (2) in COROP 15, Ede (3) elsewhere in
 * Gelderland.
 */
final class MarketFixture {

  static final Place NIJMEGEN = new Place(1, 15, 25);
  static final Place ARNHEM = new Place(2, 15, 25);
  static final Place EDE = new Place(3, 16, 25);
  static final Place UTRECHT = new Place(4, 17, 26);
  static final int ISO_14001 = 1;
  static final int CO2_LADDER = 2;

  private MarketFixture() {}

  static NeedFacts need(int... codes) {
    return new NeedFacts(codes, 0, NIJMEGEN, 100_000, 0, 0, false);
  }

  static Firm firm(long id) {
    return new Firm(id);
  }

  /** A firm with sensible defaults that a test changes one fact at a time. */
  static final class Firm {
    long id;
    int[] codes = {45210000};
    int strategies;
    Place place = NIJMEGEN;
    Reach reach = Reach.REGION;
    long maxContract = 200_000;
    long turnover = 600_000;
    int sizeClass = 1;
    boolean social;
    int pso;
    int targetShare;
    int certificates;
    int[] references = {};
    boolean kvkVerified;
    boolean socialVerified;

    Firm(long id) {
      this.id = id;
    }

    Firm codes(int... value) {
      codes = value;
      return this;
    }

    Firm strategies(int... rungs) {
      strategies = 0;
      for (int k : rungs) {
        strategies |= 1 << k;
      }
      return this;
    }

    Firm at(Place value) {
      place = value;
      return this;
    }

    Firm reach(Reach value) {
      reach = value;
      return this;
    }

    Firm capacity(long value) {
      maxContract = value;
      return this;
    }

    Firm size(int euSizeClass) {
      sizeClass = euSizeClass;
      return this;
    }

    Firm unknownCapacity() {
      maxContract = 0;
      turnover = 0;
      return this;
    }

    Firm social(int psoLevel, int share) {
      social = true;
      pso = psoLevel;
      targetShare = share;
      return this;
    }

    Firm certificates(int mask) {
      certificates = mask;
      return this;
    }

    Firm references(int... value) {
      references = value;
      return this;
    }

    Firm verified() {
      kvkVerified = true;
      socialVerified = true;
      return this;
    }

    SupplierFacts facts() {
      return new SupplierFacts(
          id,
          codes,
          strategies,
          place,
          reach,
          maxContract,
          turnover,
          sizeClass,
          social,
          pso,
          targetShare,
          certificates,
          references,
          kvkVerified,
          socialVerified);
    }
  }
}
