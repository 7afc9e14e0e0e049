package nl.kringkoop.matching.engine;

/**
 * The parts of a firm's score that do not depend on the need (social value and verification), and
 * whether it has references at all; few firms differ in them, so the index numbers them.
 */
record Profile(double social, double verification, boolean hasReferences) {

  static Profile of(SupplierFacts firm) {
    return new Profile(
        MatchScorer.social(firm),
        MatchScorer.verification(firm),
        firm.sharedReferenceCpvCodes().length > 0);
  }
}
