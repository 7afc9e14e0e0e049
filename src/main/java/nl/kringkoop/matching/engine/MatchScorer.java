package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores one firm for one need under a policy. Each factor gives a value from 0 to 1; the score is
 * the weighted mean over the factors that apply (certification only when the need asks for
 * certificates), so the contributions add up to the score. {@link #score} is the fast path for
 * ranking; {@link #explain} gives the same score with its reasons.
 */
public final class MatchScorer {

  static final int FULL_DEPTH = 4;
  private static final double[] NEARNESS_VALUE = {0.1, 0.4, 0.7, 1.0};
  private static final double[] PSO_BONUS = {0, 0.1, 0.2, 0.3, 0.4};
  private static final double SOCIAL_BASE = 0.5;
  private static final int TARGET_GROUP_SHARE = 30;
  private static final double TARGET_GROUP_BONUS = 0.1;

  /** A firm whose capacity is more than five times the value is too big for the job. */
  private static final double COMFORTABLE_SHARE = 0.2;

  private static final double SMALLEST_FIT = 0.05;
  private static final double UNKNOWN_CAPACITY = 0.5;

  /** Without a largest contract value, a firm is taken to carry a third of its turnover. */
  private static final int TURNOVER_SHARE = 3;

  private final MatchingPolicy policy;

  public MatchScorer(MatchingPolicy policy) {
    this.policy = policy;
  }

  /** Why the firm may not be ranked at all, if a knock-out applies or it offers nothing asked. */
  public Optional<Reason> knockOut(NeedFacts need, SupplierFacts firm) {
    int missing = missingCertificates(need, firm);
    if (missing != 0) {
      return Optional.of(missingCertificates(missing));
    }
    if (outOfReach(need, firm)) {
      return Optional.of(outOfReach(firm.reach()));
    }
    if (capability(need, firm.sharedCpvCodes()) == 0) {
      return Optional.of(Reason.of("knockOut.capability"));
    }
    return Optional.empty();
  }

  static Reason missingCertificates(int missing) {
    return Reason.of("knockOut.certificate", missing);
  }

  static Reason outOfReach(Reach reach) {
    return Reason.of("knockOut.serviceArea", reach.name());
  }

  private static int missingCertificates(NeedFacts need, SupplierFacts firm) {
    return need.requiredCertificates() & ~firm.certificates();
  }

  private static boolean outOfReach(NeedFacts need, SupplierFacts firm) {
    return need.serviceAreaRequired() && !firm.reach().covers(firm.place(), need.place());
  }

  public double score(NeedFacts need, SupplierFacts firm) {
    return weigh(need)
        .mean(
            value(Factor.CAPABILITY, need, firm),
            value(Factor.CIRCULARITY, need, firm),
            value(Factor.LOCALITY, need, firm),
            value(Factor.CAPACITY, need, firm),
            value(Factor.SOCIAL_VALUE, need, firm),
            applies(Factor.CERTIFICATION, need) ? value(Factor.CERTIFICATION, need, firm) : 0,
            value(Factor.TRACK_RECORD, need, firm),
            value(Factor.VERIFICATION, need, firm));
  }

  /** The policy's weights as they apply to one need. */
  Weights weigh(NeedFacts need) {
    return new Weights(policy, applies(Factor.CERTIFICATION, need), totalWeight(need));
  }

  public Match explain(NeedFacts need, SupplierFacts firm) {
    int weights = totalWeight(need);
    List<Contribution> parts = new ArrayList<>();
    double score = 0;
    for (Factor factor : Factor.values()) {
      if (!applies(factor, need)) {
        continue;
      }
      int weight = policy.weight(factor);
      double value = value(factor, need, firm);
      double contribution = weights == 0 ? 0 : weight * value / weights;
      score += contribution;
      parts.add(new Contribution(factor, value, weight, contribution, reason(factor, need, firm)));
    }
    return new Match(firm.id(), score, parts);
  }

  private int totalWeight(NeedFacts need) {
    int weights = 0;
    for (Factor factor : Factor.values()) {
      if (applies(factor, need)) {
        weights += policy.weight(factor);
      }
    }
    return weights;
  }

  private static boolean applies(Factor factor, NeedFacts need) {
    return factor != Factor.CERTIFICATION || need.preferredCertificates() != 0;
  }

  double value(Factor factor, NeedFacts need, SupplierFacts firm) {
    return switch (factor) {
      case CAPABILITY -> capability(need, firm.sharedCpvCodes());
      case CIRCULARITY -> circularity(need.rStrategies(), firm.rStrategies());
      case LOCALITY -> locality(firm.place().nearness(need.place()));
      case CAPACITY -> capacity(need.value(), capacityOf(firm));
      case SOCIAL_VALUE -> social(firm);
      case CERTIFICATION -> certification(need.preferredCertificates(), firm.certificates());
      case TRACK_RECORD -> trackRecord(bestDepth(need, firm.sharedReferenceCpvCodes()));
      case VERIFICATION -> verification(firm);
    };
  }

  /** The mean over the need's codes of how closely the firm's best code matches each. */
  static double capability(NeedFacts need, int[] codes) {
    int sum = 0;
    for (int i = 0; i < need.codeCount(); i++) {
      sum += depth(need.code(i), codes);
    }
    return capability(need, sum);
  }

  /** The capability from the sum over the need's codes of the best depth of the firm's codes. */
  static double capability(NeedFacts need, int depthSum) {
    return (double) depthSum / (need.codeCount() * FULL_DEPTH);
  }

  static double trackRecord(int bestDepth) {
    return bestDepth / (double) FULL_DEPTH;
  }

  private static int depth(int needCode, int[] codes) {
    int best = 0;
    for (int code : codes) {
      best = Math.max(best, CpvDepth.between(needCode, code));
    }
    return best;
  }

  static int bestDepth(NeedFacts need, int[] codes) {
    int best = 0;
    for (int i = 0; i < need.codeCount(); i++) {
      best = Math.max(best, depth(need.code(i), codes));
    }
    return best;
  }

  private static int covered(NeedFacts need, int[] codes) {
    int covered = 0;
    for (int i = 0; i < need.codeCount(); i++) {
      if (depth(need.code(i), codes) == FULL_DEPTH) {
        covered++;
      }
    }
    return covered;
  }

  /** The value of a place's nearness to the work (0 farther than the province to 3 the same). */
  static double locality(int nearness) {
    return NEARNESS_VALUE[nearness];
  }

  /** The share of the preferred certificates the firm holds. */
  static double certification(int preferred, int held) {
    return (double) Integer.bitCount(preferred & held) / Integer.bitCount(preferred);
  }

  /** Higher rungs of the R-ladder count more: R0 weighs 1.0, R9 0.1. */
  static double rung(int k) {
    return (10 - k) / 10.0;
  }

  static double circularity(int wanted, int offered) {
    if (wanted == 0) {
      int best = Integer.numberOfTrailingZeros(offered);
      return offered == 0 ? 0 : rung(best);
    }
    double asked = 0;
    double met = 0;
    for (int k = 0; k < 10; k++) {
      if ((wanted & (1 << k)) != 0) {
        asked += rung(k);
        if ((offered & (1 << k)) != 0) {
          met += rung(k);
        }
      }
    }
    return met / asked;
  }

  static long capacityOf(SupplierFacts firm) {
    return firm.maxContractValue() > 0 ? firm.maxContractValue() : firm.turnover() / TURNOVER_SHARE;
  }

  /**
   * Zero when the value is more than the firm can carry; full when it is a fair share of its
   * capacity; less and less as the firm is bigger than the job, so a large firm does not top a
   * small local job.
   */
  static double capacity(long value, long capacity) {
    if (capacity <= 0) {
      return UNKNOWN_CAPACITY;
    }
    if (value > capacity) {
      return 0;
    }
    double share = (double) value / capacity;
    return share >= COMFORTABLE_SHARE ? 1 : Math.max(SMALLEST_FIT, share / COMFORTABLE_SHARE);
  }

  static double social(SupplierFacts firm) {
    if (!firm.socialEnterprise()) {
      return 0;
    }
    double value = SOCIAL_BASE + PSO_BONUS[Math.max(0, Math.min(4, firm.psoLevel()))];
    if (firm.targetGroupPercent() >= TARGET_GROUP_SHARE) {
      value += TARGET_GROUP_BONUS;
    }
    return Math.min(1, value);
  }

  static double verification(SupplierFacts firm) {
    double kvk = firm.kvkVerified() ? 1 : 0;
    if (!firm.socialEnterprise()) {
      return kvk;
    }
    return (kvk + (firm.socialVerified() ? 1 : 0)) / 2;
  }

  private static Reason reason(Factor factor, NeedFacts need, SupplierFacts firm) {
    return switch (factor) {
      case CAPABILITY ->
          Reason.of("capability.covers", covered(need, firm.sharedCpvCodes()), need.codeCount());
      case CIRCULARITY -> circularityReason(need, firm);
      case LOCALITY -> Reason.of("locality." + firm.place().nearness(need.place()));
      case CAPACITY -> capacityReason(need.value(), capacityOf(firm));
      case SOCIAL_VALUE ->
          firm.socialEnterprise()
              ? Reason.of("social.enterprise", firm.psoLevel(), firm.targetGroupPercent())
              : Reason.of("social.none");
      case CERTIFICATION ->
          Reason.of(
              "certification.held",
              Integer.bitCount(need.preferredCertificates() & firm.certificates()),
              Integer.bitCount(need.preferredCertificates()));
      case TRACK_RECORD ->
          bestDepth(need, firm.sharedReferenceCpvCodes()) > 0
              ? Reason.of("trackRecord.depth", bestDepth(need, firm.sharedReferenceCpvCodes()))
              : Reason.of("trackRecord.none");
      case VERIFICATION ->
          Reason.of(verification(firm) == 1 ? "verification.checked" : "verification.claimed");
    };
  }

  private static Reason circularityReason(NeedFacts need, SupplierFacts firm) {
    int shared =
        need.rStrategies() == 0 ? firm.rStrategies() : need.rStrategies() & firm.rStrategies();
    StringBuilder names = new StringBuilder();
    for (int k = 0; k < 10; k++) {
      if ((shared & (1 << k)) != 0) {
        names.append(names.length() == 0 ? "" : ", ").append('R').append(k);
      }
    }
    return names.length() == 0
        ? Reason.of("circularity.none")
        : Reason.of(
            need.rStrategies() == 0 ? "circularity.offers" : "circularity.matches",
            names.toString());
  }

  private static Reason capacityReason(long value, long capacity) {
    if (capacity <= 0) {
      return Reason.of("capacity.unknown");
    }
    if (value > capacity) {
      return Reason.of("capacity.over", capacity);
    }
    return (double) value / capacity >= COMFORTABLE_SHARE
        ? Reason.of("capacity.fits")
        : Reason.of("capacity.large");
  }

  /** What the nearness of two places is worth on the locality factor's scale (0.1 to 1). */
  static double locality(Place a, Place b) {
    return NEARNESS_VALUE[a.nearness(b)];
  }
}
