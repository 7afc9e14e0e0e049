package nl.kringkoop.matching.engine;

import java.util.Arrays;

/**
 * The factor values of one need worked out per distinct place, profile and set of R-strategies
 * instead of per firm: a million firms share a few hundred places and a few dozen profiles. Each
 * value comes from the same {@link MatchScorer} function the per-firm scoring uses.
 */
final class NeedTables {

  private static final Reach[] REACHES = Reach.values();

  /** R-strategy sets use ten bits; others are computed when met. */
  private static final int STRATEGY_SETS = 1 << 10;

  private final NeedFacts need;
  private final double[] locality;
  private final boolean[] outOfReach;
  private final double[] social;
  private final double[] verification;
  private final boolean[] hasReferences;
  private final double[] circularity = new double[STRATEGY_SETS];

  /** What each factor adds to the score, per depth sum, place and profile, for the quick bound. */
  private final double[] capabilityShares;

  private final double[] localityShares;
  private final double[] profileShares;
  private final double circularityShare;
  private final double capacityShare;
  private final double certificationShare;

  NeedTables(
      NeedFacts need, Weights weights, ValueTable<Place> places, ValueTable<Profile> profiles) {
    this.need = need;
    this.locality = new double[places.count()];
    this.outOfReach = new boolean[places.count() * REACHES.length];
    for (int number = 0; number < places.count(); number++) {
      Place place = places.valueOf(number);
      locality[number] = MatchScorer.locality(place.nearness(need.place()));
      for (Reach reach : REACHES) {
        outOfReach[number * REACHES.length + reach.ordinal()] =
            need.serviceAreaRequired() && !reach.covers(place, need.place());
      }
    }
    this.social = new double[profiles.count()];
    this.verification = new double[profiles.count()];
    this.hasReferences = new boolean[profiles.count()];
    for (int number = 0; number < profiles.count(); number++) {
      Profile profile = profiles.valueOf(number);
      social[number] = profile.social();
      verification[number] = profile.verification();
      hasReferences[number] = profile.hasReferences();
    }
    Arrays.fill(circularity, Double.NaN);
    capabilityShares = new double[need.codeCount() * MatchScorer.FULL_DEPTH + 1];
    for (int depthSum = 0; depthSum < capabilityShares.length; depthSum++) {
      capabilityShares[depthSum] =
          weights.share(Factor.CAPABILITY) * MatchScorer.capability(need, depthSum);
    }
    localityShares = new double[locality.length];
    for (int place = 0; place < locality.length; place++) {
      localityShares[place] = weights.share(Factor.LOCALITY) * locality[place];
    }
    profileShares = new double[social.length];
    for (int profile = 0; profile < social.length; profile++) {
      profileShares[profile] =
          weights.share(Factor.SOCIAL_VALUE) * social[profile]
              + weights.share(Factor.VERIFICATION) * verification[profile]
              + (hasReferences[profile] ? weights.share(Factor.TRACK_RECORD) : 0);
    }
    circularityShare = weights.share(Factor.CIRCULARITY);
    capacityShare = weights.share(Factor.CAPACITY);
    certificationShare = weights.share(Factor.CERTIFICATION);
  }

  /**
   * The score the firm would have with a full track record if it has references, added up from the
   * tables above: cheaper than the exact weighted mean, and off from it only by rounding (far less
   * than {@link #ROUNDING}). A ranking computes the exact score only for firms this lets through.
   */
  double bound(
      int depthSum, int strategies, int place, long capacity, int profile, int certificates) {
    double known = capabilityShares[depthSum] + localityShares[place] + profileShares[profile];
    double computed =
        circularityShare * circularity(strategies)
            + capacityShare * MatchScorer.capacity(need.value(), capacity)
            + certificationShare * certification(certificates);
    return known + computed;
  }

  /** More than the rounding difference between {@link #bound} and the exact score can be. */
  static final double ROUNDING = 1e-9;

  boolean hasKnockOuts() {
    return need.requiredCertificates() != 0 || need.serviceAreaRequired();
  }

  boolean outOfReach(int place, int reach) {
    return outOfReach[place * REACHES.length + reach];
  }

  double locality(int place) {
    return locality[place];
  }

  double circularity(int strategies) {
    if ((strategies & (STRATEGY_SETS - 1)) != strategies) {
      return MatchScorer.circularity(need.rStrategies(), strategies);
    }
    double value = circularity[strategies];
    if (Double.isNaN(value)) {
      value = MatchScorer.circularity(need.rStrategies(), strategies);
      circularity[strategies] = value;
    }
    return value;
  }

  /** The certification value, or 0 when the need asks for no certificates (it does not count). */
  double certification(int certificates) {
    int preferred = need.preferredCertificates();
    return preferred == 0 ? 0 : MatchScorer.certification(preferred, certificates);
  }

  double social(int profile) {
    return social[profile];
  }

  double verification(int profile) {
    return verification[profile];
  }

  boolean hasReferences(int profile) {
    return hasReferences[profile];
  }
}
