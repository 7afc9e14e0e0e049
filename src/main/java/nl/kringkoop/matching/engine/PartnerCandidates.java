package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Gathers the firms worth combining for a need: for each of its CPV codes the best {@value
 * #PER_REQUIREMENT} firms the ranking finds for that code alone, and, for a target R-strategy that
 * fewer than {@value #THIN} of them offer, the best firms for the need asking only that strategy,
 * ranked with circularity weighed most. Knock-outs apply as in the ranking. Each firm's fit for its
 * part is scored without locality, capacity and social value, which the consortium is judged on as
 * a whole.
 */
final class PartnerCandidates {

  static final int PER_REQUIREMENT = 20;

  /** A requirement needs a member and, for each, fallbacks: fewer firms than this is thin. */
  static final int THIN = 1 + PartnershipSearch.FALLBACKS;

  /** A partner is ranked for its share of the need's value in the smallest consortium. */
  private static final int SHARE_OF_VALUE = PartnershipSearch.MIN_MEMBERS;

  /** Better fit first, then the lower id. */
  static final Comparator<Candidate> BEST_FIT_FIRST =
      Comparator.comparingDouble(Candidate::fit).reversed().thenComparingLong(Candidate::id);

  private static final Factor[] JUDGED_ON_THE_TEAM = {
    Factor.LOCALITY, Factor.CAPACITY, Factor.SOCIAL_VALUE
  };

  private final SupplierIndex index;
  private final Ranking ranking;
  private final Ranking circularRanking;
  private final MatchScorer scorer;
  private final MatchScorer partScorer;

  PartnerCandidates(SupplierIndex index, MatchingPolicy policy) {
    this.index = index;
    this.scorer = new MatchScorer(policy);
    this.ranking = new Ranking(index, scorer);
    this.circularRanking = new Ranking(index, new MatchScorer(circularFirst(policy)));
    this.partScorer = new MatchScorer(forParts(policy));
  }

  private static MatchingPolicy forParts(MatchingPolicy policy) {
    Map<Factor, Integer> weights = weights(policy);
    for (Factor factor : JUDGED_ON_THE_TEAM) {
      weights.put(factor, 0);
    }
    return MatchingPolicy.of(weights);
  }

  /** The policy with circularity weighed most and capability least, to find a strategy's firms. */
  private static MatchingPolicy circularFirst(MatchingPolicy policy) {
    Map<Factor, Integer> weights = weights(policy);
    weights.put(Factor.CIRCULARITY, MatchingPolicy.MAX_WEIGHT);
    weights.put(Factor.CAPABILITY, MatchingPolicy.MIN_CAPABILITY);
    return MatchingPolicy.of(weights);
  }

  private static Map<Factor, Integer> weights(MatchingPolicy policy) {
    Map<Factor, Integer> weights = new TreeMap<>();
    for (Factor factor : Factor.values()) {
      weights.put(factor, policy.weight(factor));
    }
    return weights;
  }

  /** The candidates, best fit first, ties by lower id. */
  List<Candidate> gather(NeedFacts need, Requirements requirements) {
    Map<Long, Candidate> found = new TreeMap<>();
    for (int code : requirements.codes()) {
      addRanked(
          ranking, part(need, new int[] {code}, need.rStrategies()), need, requirements, found);
    }
    for (int k : requirements.rungs()) {
      long bit = requirements.strategyBit(k);
      if (found.values().stream().filter(c -> (c.covers() & bit) != 0).count() < THIN) {
        addRanked(
            circularRanking, part(need, requirements.codes(), 1 << k), need, requirements, found);
      }
    }
    List<Candidate> pool = new ArrayList<>(found.values());
    pool.sort(BEST_FIT_FIRST);
    return pool;
  }

  /** The firm as a candidate, unless a knock-out applies or it covers no requirement. */
  Optional<Candidate> candidate(NeedFacts need, Requirements requirements, SupplierFacts firm) {
    if (scorer.knockOut(need, firm).isPresent()) {
      return Optional.empty();
    }
    long covers = requirements.coveredBy(firm);
    if (covers == 0) {
      return Optional.empty();
    }
    int[] codes = requirements.codesIn(covers);
    NeedFacts part =
        new NeedFacts(
            codes.length == 0 ? need.cpvCodes() : codes,
            need.rStrategies(),
            need.place(),
            need.value(),
            need.preferredCertificates(),
            need.requiredCertificates(),
            need.serviceAreaRequired());
    return Optional.of(
        new Candidate(
            firm,
            covers,
            Math.max(0, MatchScorer.capacityOf(firm)),
            partScorer.score(part, firm),
            MatchScorer.locality(firm.place(), need.place()),
            firm.sizeClass() < Candidate.LARGE,
            MatchScorer.social(firm)));
  }

  private void addRanked(
      Ranking by,
      NeedFacts part,
      NeedFacts need,
      Requirements requirements,
      Map<Long, Candidate> found) {
    for (Match match : by.rank(part, PER_REQUIREMENT, id -> 0).matches()) {
      if (!found.containsKey(match.supplierId())) {
        index
            .get(match.supplierId())
            .flatMap(firm -> candidate(need, requirements, firm))
            .ifPresent(c -> found.put(c.id(), c));
      }
    }
  }

  private static NeedFacts part(NeedFacts need, int[] codes, int strategies) {
    return new NeedFacts(
        codes,
        strategies,
        need.place(),
        need.value() / SHARE_OF_VALUE,
        need.preferredCertificates(),
        need.requiredCertificates(),
        need.serviceAreaRequired());
  }
}
