package nl.kringkoop.matching.engine;

/**
 * A policy's weights as they apply to one need, and the score as their weighted mean. Every way of
 * scoring a firm ends here, so the same values always give the same score to the last bit.
 */
final class Weights {

  private final int capability;
  private final int circularity;
  private final int locality;
  private final int capacity;
  private final int social;
  private final int certification;
  private final boolean certificationApplies;
  private final int trackRecord;
  private final int verification;
  private final int total;

  Weights(MatchingPolicy policy, boolean certificationApplies, int total) {
    this.capability = policy.weight(Factor.CAPABILITY);
    this.circularity = policy.weight(Factor.CIRCULARITY);
    this.locality = policy.weight(Factor.LOCALITY);
    this.capacity = policy.weight(Factor.CAPACITY);
    this.social = policy.weight(Factor.SOCIAL_VALUE);
    this.certification = policy.weight(Factor.CERTIFICATION);
    this.certificationApplies = certificationApplies;
    this.trackRecord = policy.weight(Factor.TRACK_RECORD);
    this.verification = policy.weight(Factor.VERIFICATION);
    this.total = total;
  }

  /** What a factor's value of 1 adds to a score: its weight over the total, 0 when not counted. */
  double share(Factor factor) {
    int weight =
        switch (factor) {
          case CAPABILITY -> capability;
          case CIRCULARITY -> circularity;
          case LOCALITY -> locality;
          case CAPACITY -> capacity;
          case SOCIAL_VALUE -> social;
          case CERTIFICATION -> certificationApplies ? certification : 0;
          case TRACK_RECORD -> trackRecord;
          case VERIFICATION -> verification;
        };
    return total == 0 ? 0 : (double) weight / total;
  }

  /**
   * The weighted mean of the factor values, summed in the order of {@link Factor}; certification
   * counts only when the need asks for certificates.
   */
  double mean(
      double capabilityValue,
      double circularityValue,
      double localityValue,
      double capacityValue,
      double socialValue,
      double certificationValue,
      double trackRecordValue,
      double verificationValue) {
    double sum = 0;
    sum += capability * capabilityValue;
    sum += circularity * circularityValue;
    sum += locality * localityValue;
    sum += capacity * capacityValue;
    sum += social * socialValue;
    if (certificationApplies) {
      sum += certification * certificationValue;
    }
    sum += trackRecord * trackRecordValue;
    sum += verification * verificationValue;
    return total == 0 ? 0 : sum / total;
  }
}
