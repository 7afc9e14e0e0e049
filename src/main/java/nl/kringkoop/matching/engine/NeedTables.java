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

  NeedTables(NeedFacts need, ValueTable<Place> places, ValueTable<Profile> profiles) {
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
  }

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
