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
    double sum = 0;
    for (ProposalFactor factor : ProposalFactor.values()) {
      sum += weights[factor.ordinal()] * value(factor, team);
    }
    return sum / total;
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
