package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Proposes consortia for a need: two to {@value #MAX_MEMBERS} complementary firms that together
 * cover each of its CPV codes and target R-strategies ({@link Requirements}) and whose capacities
 * (largest contract value, else a third of turnover; unknown counts as nothing) add up to its
 * value, with no member the others could do without. The firms come from the ranking, once per code
 * ({@link PartnerCandidates}), so knock-outs keep a firm out as they do there; consortia are scored
 * by {@link TeamScoring}. The lead is the member covering the most CPV codes among those that can
 * carry at least an equal share of the value (then the most requirements, the larger capacity, the
 * lower id). Each member gets up to {@value #FALLBACKS} firms that could step in for it, best
 * first; a consortium that only swaps in a fallback already shown is not proposed again ({@link
 * TeamProposals}).
 */
public final class PartnershipSearch {

  static final int MIN_MEMBERS = 2;
  public static final int MAX_MEMBERS = 4;
  static final int FALLBACKS = 2;

  /** Teams looked at per proposal asked, so that repeats left out can be made up for. */
  private static final int TEAMS_PER_PROPOSAL = 4;

  private final SupplierIndex index;
  private final MatchingPolicy policy;
  private final PartnerCandidates candidates;

  public PartnershipSearch(SupplierIndex index, MatchingPolicy policy) {
    this.index = index;
    this.policy = policy;
    this.candidates = new PartnerCandidates(index, policy);
  }

  /**
   * The proposals, best first, and whether a firm among those considered could do it alone: it
   * covers every requirement and can carry the value (consortia are then still proposed, without
   * it).
   */
  public record Result(List<Proposal> proposals, boolean soloPossible) {

    public Result {
      proposals = List.copyOf(proposals);
    }
  }

  /**
   * @throws IllegalArgumentException when the need has more than 64 codes and strategies together
   */
  public Result propose(NeedFacts need, int limit) {
    Requirements requirements = new Requirements(need);
    List<Candidate> pool = candidates.gather(need, requirements);
    return result(need, requirements, pool, limit, search -> search.best(teamsFor(limit)));
  }

  /**
   * The proposals that include the given firm, for a supplier looking for partners; none when the
   * firm is unknown, a knock-out keeps it out or it covers no requirement of the need.
   *
   * @throws IllegalArgumentException when the need has more than 64 codes and strategies together
   */
  public Result proposeWith(NeedFacts need, long supplierId, int limit) {
    Requirements requirements = new Requirements(need);
    List<Candidate> pool = new ArrayList<>(candidates.gather(need, requirements));
    Optional<Candidate> firm =
        index.get(supplierId).flatMap(facts -> candidates.candidate(need, requirements, facts));
    if (firm.isEmpty()) {
      return result(need, requirements, pool, 0, search -> List.of());
    }
    if (pool.stream().noneMatch(c -> c.id() == supplierId)) {
      pool.add(firm.get());
      pool.sort(PartnerCandidates.BEST_FIT_FIRST);
    }
    int member =
        IntStream.range(0, pool.size())
            .filter(i -> pool.get(i).id() == supplierId)
            .findFirst()
            .orElseThrow();
    return result(
        need, requirements, pool, limit, search -> search.bestWith(member, teamsFor(limit)));
  }

  private static int teamsFor(int proposals) {
    return (int) Math.min(Integer.MAX_VALUE, (long) proposals * TEAMS_PER_PROPOSAL);
  }

  private Result result(
      NeedFacts need,
      Requirements requirements,
      List<Candidate> pool,
      int limit,
      Function<TeamSearch, List<TeamSearch.Team>> best) {
    boolean solo =
        pool.stream()
            .anyMatch(c -> c.covers() == requirements.all() && c.capacity() >= need.value());
    if (limit <= 0) {
      return new Result(List.of(), solo);
    }
    TeamScoring scoring = new TeamScoring(policy, need);
    List<TeamSearch.Team> teams =
        best.apply(new TeamSearch(pool, requirements.all(), need.value(), scoring));
    return new Result(new TeamProposals(need, requirements, pool, scoring).of(teams, limit), solo);
  }
}
