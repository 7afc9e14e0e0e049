package nl.kringkoop.matching.engine;

/**
 * A firm considered for a consortium, with what the search reads again and again: the requirements
 * it covers, its capacity (0 when unknown), its fit for its part of the work, how much its nearness
 * to the buyer is worth, whether it is an SME and its social value.
 */
record Candidate(
    SupplierFacts firm,
    long covers,
    long capacity,
    double fit,
    double nearBuyer,
    boolean sme,
    double social) {

  /** EU size classes below this (micro, small, medium) are SMEs. */
  static final int LARGE = 3;

  long id() {
    return firm.id();
  }

  Place place() {
    return firm.place();
  }
}
