package nl.kringkoop.matching.engine;

/**
 * What the engine needs to know about a need: its CPV codes (eight digits as numbers), the target
 * R-strategies (bit k for Rk), where the work is, its value in euros, the certificates it asks for
 * (bit mask; they add to the score), and its knock-outs: certificates a firm must hold and whether
 * its service area must reach the place.
 */
public record NeedFacts(
    int[] cpvCodes,
    int rStrategies,
    Place place,
    long value,
    int preferredCertificates,
    int requiredCertificates,
    boolean serviceAreaRequired) {

  public NeedFacts {
    if (cpvCodes.length == 0) {
      throw new IllegalArgumentException("a need has at least one CPV code");
    }
    cpvCodes = cpvCodes.clone();
  }

  @Override
  public int[] cpvCodes() {
    return cpvCodes.clone();
  }

  int code(int i) {
    return cpvCodes[i];
  }

  int codeCount() {
    return cpvCodes.length;
  }
}
