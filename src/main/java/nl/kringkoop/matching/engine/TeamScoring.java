package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a consortium for a need: the weighted mean of its members' fit (each member's fit counted
 * by how many requirements it covers), their proximity (to each other and to the buyer, half each),
 * how well their joint capacity suits the value, and the share of SMEs and the social value they
 * bring (half each). The weights are the policy's, so the parts add up to the score.
 */
final class TeamScoring {

  private static final Factor[] FIT_FACTORS = {
    Factor.CAPABILITY,
    Factor.CIRCULARITY,
    Factor.CERTIFICATION,
    Factor.TRACK_RECORD,
    Factor.VERIFICATION
  };

  private final long value;
  private final Place buyer;
  private final int[] weights = new int[ProposalFactor.values().length];
  private final int total;

  TeamScoring(MatchingPolicy policy, NeedFacts need) {
    this.value = need.value();
    this.buyer = need.place();
    for (Factor factor : FIT_FACTORS) {
      if (factor != Factor.CERTIFICATION || need.preferredCertificates() != 0) {
        weights[ProposalFactor.FIT.ordinal()] += policy.weight(factor);
      }
    }
    weights[ProposalFactor.PROXIMITY.ordinal()] = policy.weight(Factor.LOCALITY);
    weights[ProposalFactor.CAPACITY.ordinal()] = policy.weight(Factor.CAPACITY);
    weights[ProposalFactor.MIX.ordinal()] = policy.weight(Factor.SOCIAL_VALUE);
    int sum = 0;
    for (int weight : weights) {
      sum += weight;
    }
    this.total = sum;
  }

  double score(Candidate[] team) {
    return weighted(
        fit(team), proximity(team), MatchScorer.capacity(value, capacity(team)), mix(team));
  }

  private double weighted(double fit, double proximity, double capacity, double mix) {
    return (weights[ProposalFactor.FIT.ordinal()] * fit
            + weights[ProposalFactor.PROXIMITY.ordinal()] * proximity
            + weights[ProposalFactor.CAPACITY.ordinal()] * capacity
            + weights[ProposalFactor.MIX.ordinal()] * mix)
        / total;
  }

  /** The best any candidate of a pool brings: fit, nearness to the buyer, mix, requirements. */
  record Best(double fit, double nearBuyer, double mix, int requirements) {

    static Best of(Candidate[] pool) {
      double fit = 0;
      double nearBuyer = 0;
      double mix = 0;
      int requirements = 0;
      for (Candidate candidate : pool) {
        fit = Math.max(fit, candidate.fit());
        nearBuyer = Math.max(nearBuyer, candidate.nearBuyer());
        mix = Math.max(mix, (candidate.sme() ? 1 : 0) + candidate.social());
        requirements = Math.max(requirements, Long.bitCount(candidate.covers()));
      }
      return new Best(fit, nearBuyer, mix, requirements);
    }
  }

  /**
   * The most a team of the first {@code size} members could score once one to {@code slots} more
   * join: newcomers bring the pool's best on every factor and are as near as can be, and the
   * capacity counts in full unless the members alone already have more than suits the value.
   */
  double bound(Candidate[] team, int size, int slots, Best best) {
    double fitSum = 0;
    int shares = 0;
    double toBuyer = 0;
    double amongMembers = 0;
    double mix = 0;
    long capacity = 0;
    for (int i = 0; i < size; i++) {
      int share = Long.bitCount(team[i].covers());
      fitSum += share * team[i].fit();
      shares += share;
      toBuyer += team[i].nearBuyer();
      mix += (team[i].sme() ? 1 : 0) + team[i].social();
      capacity += team[i].capacity();
      for (int j = i + 1; j < size; j++) {
        amongMembers += MatchScorer.locality(team[i].place(), team[j].place());
      }
    }
    double capacityValue = capacity >= value ? MatchScorer.capacity(value, capacity) : 1;
    double most = 0;
    for (int newcomers = 1; newcomers <= slots; newcomers++) {
      int members = size + newcomers;
      int newShares = newcomers * best.requirements();
      double fitValue =
          best.fit() * shares > fitSum
              ? (fitSum + best.fit() * newShares) / (shares + newShares)
              : fitSum / shares;
      int pairs = members * (members - 1) / 2;
      int ownPairs = size * (size - 1) / 2;
      double proximity =
          ((toBuyer + newcomers * best.nearBuyer()) / members
                  + (amongMembers + pairs - ownPairs) / pairs)
              / 2;
      double mixValue = (mix + newcomers * best.mix()) / (2.0 * members);
      most = Math.max(most, weighted(fitValue, proximity, capacityValue, mixValue));
    }
    return most;
  }

  List<ProposalPart> explain(Candidate[] team, Requirements requirements) {
    List<ProposalPart> parts = new ArrayList<>();
    for (ProposalFactor factor : ProposalFactor.values()) {
      int weight = weights[factor.ordinal()];
      double factorValue = value(factor, team);
      parts.add(
          new ProposalPart(
              factor,
              factorValue,
              weight,
              weight * factorValue / total,
              reason(factor, team, requirements)));
    }
    return parts;
  }

  private double value(ProposalFactor factor, Candidate[] team) {
    return switch (factor) {
      case FIT -> fit(team);
      case PROXIMITY -> proximity(team);
      case CAPACITY -> MatchScorer.capacity(value, capacity(team));
      case MIX -> mix(team);
    };
  }

  private static double fit(Candidate[] team) {
    double sum = 0;
    int shares = 0;
    for (Candidate member : team) {
      int share = Long.bitCount(member.covers());
      sum += share * member.fit();
      shares += share;
    }
    return sum / shares;
  }

  private static double proximity(Candidate[] team) {
    double toBuyer = 0;
    double amongMembers = 0;
    int pairs = 0;
    for (int i = 0; i < team.length; i++) {
      toBuyer += team[i].nearBuyer();
      for (int j = i + 1; j < team.length; j++) {
        amongMembers += MatchScorer.locality(team[i].place(), team[j].place());
        pairs++;
      }
    }
    return (toBuyer / team.length + amongMembers / pairs) / 2;
  }

  static long capacity(Candidate[] team) {
    long sum = 0;
    for (Candidate member : team) {
      sum += member.capacity();
    }
    return sum;
  }

  private static double mix(Candidate[] team) {
    double smes = 0;
    double social = 0;
    for (Candidate member : team) {
      smes += member.sme() ? 1 : 0;
      social += member.social();
    }
    return (smes + social) / (2.0 * team.length);
  }

  private Reason reason(ProposalFactor factor, Candidate[] team, Requirements requirements) {
    return switch (factor) {
      case FIT ->
          Reason.of(
              "fit",
              team.length,
              requirements.codesIn(requirements.all()).length,
              Integer.bitCount(requirements.strategiesIn(requirements.all())));
      case PROXIMITY -> Reason.of("proximity", farthestApart(team), farthestFromBuyer(team));
      case CAPACITY -> Reason.of("capacity", capacity(team), value);
      case MIX -> Reason.of("mix", smes(team), socialEnterprises(team), team.length);
    };
  }

  /** The nearness (3 same municipality .. 0 other province) of the two members farthest apart. */
  private static int farthestApart(Candidate[] team) {
    int least = 3;
    for (int i = 0; i < team.length; i++) {
      for (int j = i + 1; j < team.length; j++) {
        least = Math.min(least, team[i].place().nearness(team[j].place()));
      }
    }
    return least;
  }

  private int farthestFromBuyer(Candidate[] team) {
    int least = 3;
    for (Candidate member : team) {
      least = Math.min(least, member.place().nearness(buyer));
    }
    return least;
  }

  private static int smes(Candidate[] team) {
    int count = 0;
    for (Candidate member : team) {
      count += member.sme() ? 1 : 0;
    }
    return count;
  }

  private static int socialEnterprises(Candidate[] team) {
    int count = 0;
    for (Candidate member : team) {
      count += member.firm().socialEnterprise() ? 1 : 0;
    }
    return count;
  }
}
