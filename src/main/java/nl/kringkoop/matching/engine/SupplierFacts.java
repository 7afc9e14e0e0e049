package nl.kringkoop.matching.engine;

/**
 * What the engine keeps of one firm: capabilities (CPV codes), R-strategies (bit k for Rk), place
 * and reach, capacity (largest contract value, or 0 when unknown, and turnover), EU size class (0
 * micro to 3 large), social enterprise with PSO level (0 none, 1 aspirant, 2..4 for levels 1..3)
 * and share of target-group staff, valid certificates (bit mask), the CPV codes of its references,
 * and which claims an administrator verified.
 */
public record SupplierFacts(
    long id,
    int[] cpvCodes,
    int rStrategies,
    Place place,
    Reach reach,
    long maxContractValue,
    long turnover,
    int sizeClass,
    boolean socialEnterprise,
    int psoLevel,
    int targetGroupPercent,
    int certificates,
    int[] referenceCpvCodes,
    boolean kvkVerified,
    boolean socialVerified) {

  public SupplierFacts {
    cpvCodes = cpvCodes.clone();
    referenceCpvCodes = referenceCpvCodes.clone();
  }

  @Override
  public int[] cpvCodes() {
    return cpvCodes.clone();
  }

  @Override
  public int[] referenceCpvCodes() {
    return referenceCpvCodes.clone();
  }

  /** The codes themselves, for the engine's hot loops, which only read them. */
  int[] sharedCpvCodes() {
    return cpvCodes;
  }

  int[] sharedReferenceCpvCodes() {
    return referenceCpvCodes;
  }
}
