package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Proposes consortia for a need: two to {@value #MAX_MEMBERS} complementary firms that together
 * cover each of its CPV codes and target R-strategies ({@link Requirements}) and whose capacities
 * (largest contract value, else a third of turnover; unknown counts as nothing) add up to its
 * value, with no member the others could do without. The firms come from the ranking, once per code
 * ({@link PartnerCandidates}), so knock-outs keep a firm out as they do there; consortia are scored
 * by {@link TeamScoring}. The lead is the member covering the most CPV codes among those that can
 * carry at least an equal share of the value (then the most requirements, the larger capacity, the
 * lower id). Each member gets up to {@value #FALLBACKS} firms that could step in for it, best
 * first; a consortium that only swaps in a fallback already shown is not proposed again.
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
    TeamSearch search = search(need, requirements, pool);
    List<TeamSearch.Team> teams = limit <= 0 ? List.of() : search.best(limit * TEAMS_PER_PROPOSAL);
    return result(need, requirements, pool, teams, limit);
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
    if (firm.isEmpty() || limit <= 0) {
      return result(need, requirements, pool, List.of(), limit);
    }
    if (pool.stream().noneMatch(c -> c.id() == supplierId)) {
      pool.add(firm.get());
      pool.sort(PartnerCandidates.BEST_FIT_FIRST);
    }
    int at = 0;
    while (pool.get(at).id() != supplierId) {
      at++;
    }
    List<TeamSearch.Team> teams =
        search(need, requirements, pool).bestWith(at, limit * TEAMS_PER_PROPOSAL);
    return result(need, requirements, pool, teams, limit);
  }

  private TeamSearch search(NeedFacts need, Requirements requirements, List<Candidate> pool) {
    return new TeamSearch(pool, requirements.all(), need.value(), new TeamScoring(policy, need));
  }

  private Result result(
      NeedFacts need,
      Requirements requirements,
      List<Candidate> pool,
      List<TeamSearch.Team> teams,
      int limit) {
    boolean solo =
        pool.stream()
            .anyMatch(c -> c.covers() == requirements.all() && c.capacity() >= need.value());
    TeamScoring scoring = new TeamScoring(policy, need);
    List<Shown> shown = new ArrayList<>();
    for (TeamSearch.Team team : teams) {
      if (shown.size() == limit) {
        break;
      }
      if (shown.stream().noneMatch(earlier -> earlier.swapsInAFallback(team))) {
        shown.add(
            new Shown(team, fallbacks(team.members(), pool, requirements.all(), need, scoring)));
      }
    }
    List<Proposal> proposals = new ArrayList<>();
    for (Shown proposal : shown) {
      proposals.add(proposal(proposal, requirements, need, scoring));
    }
    return new Result(proposals, solo);
  }

  /** A team proposed with its members' fallbacks (ids, in the team's member order). */
  private record Shown(TeamSearch.Team team, long[][] fallbacks) {

    /** Whether the other team is this one with one member replaced by one of its fallbacks. */
    boolean swapsInAFallback(TeamSearch.Team other) {
      if (other.members().length != team.members().length) {
        return false;
      }
      int replaced = -1;
      for (int i = 0; i < team.members().length; i++) {
        if (!contains(other.ids(), team.members()[i].id())) {
          if (replaced >= 0) {
            return false;
          }
          replaced = i;
        }
      }
      for (Candidate newcomer : other.members()) {
        if (!contains(team.ids(), newcomer.id())) {
          return replaced >= 0 && contains(fallbacks[replaced], newcomer.id());
        }
      }
      return false;
    }

    private static boolean contains(long[] ids, long id) {
      return Arrays.stream(ids).anyMatch(each -> each == id);
    }
  }

  /**
   * For each member, the candidates outside the team with which, in its place, the team would still
   * cover everything and carry the value: best resulting team first, ties by lower id.
   */
  private static long[][] fallbacks(
      Candidate[] team, List<Candidate> pool, long all, NeedFacts need, TeamScoring scoring) {
    long[][] fallbacks = new long[team.length][];
    for (int i = 0; i < team.length; i++) {
      long othersCover = 0;
      long othersCapacity = 0;
      for (int j = 0; j < team.length; j++) {
        if (j != i) {
          othersCover |= team[j].covers();
          othersCapacity += team[j].capacity();
        }
      }
      List<Replacement> replacements = new ArrayList<>();
      for (Candidate candidate : pool) {
        if ((othersCover | candidate.covers()) == all
            && othersCapacity + candidate.capacity() >= need.value()
            && Arrays.stream(team).noneMatch(member -> member.id() == candidate.id())) {
          Candidate[] replaced = team.clone();
          replaced[i] = candidate;
          double score = TeamSearch.Team.of(replaced, scoring).score();
          replacements.add(new Replacement(candidate.id(), score));
        }
      }
      fallbacks[i] =
          replacements.stream()
              .sorted(
                  Comparator.comparingDouble(Replacement::teamScore)
                      .reversed()
                      .thenComparingLong(Replacement::id))
              .limit(FALLBACKS)
              .mapToLong(Replacement::id)
              .toArray();
    }
    return fallbacks;
  }

  private record Replacement(long id, double teamScore) {}

  private static Proposal proposal(
      Shown shown, Requirements requirements, NeedFacts need, TeamScoring scoring) {
    Candidate[] team = shown.team().members();
    int lead = lead(team, need.value(), requirements.codeBits());
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < team.length; i++) {
      Candidate firm = team[i];
      members.add(
          new Member(
              firm.id(),
              i == lead ? Member.Role.LEAD : Member.Role.MEMBER,
              requirements.codesIn(firm.covers()),
              requirements.strategiesIn(firm.covers()),
              Arrays.stream(shown.fallbacks()[i]).boxed().toList()));
    }
    members.sort(
        Comparator.comparing((Member m) -> m.role() != Member.Role.LEAD)
            .thenComparingLong(Member::supplierId));
    return new Proposal(members, 1.0, shown.team().score(), scoring.explain(team, requirements));
  }

  /**
   * The index of the lead: among the members that can carry at least an equal share of the value
   * (one always can, as the capacities add up to it), the one covering the most CPV codes, then the
   * most requirements, then the one with the larger capacity, then the lower id.
   */
  private static int lead(Candidate[] team, long value, long codeBits) {
    Comparator<Candidate> better =
        Comparator.comparingInt((Candidate c) -> Long.bitCount(c.covers() & codeBits))
            .thenComparingInt(c -> Long.bitCount(c.covers()))
            .thenComparingLong(Candidate::capacity)
            .thenComparing(Comparator.comparingLong(Candidate::id).reversed());
    int lead = -1;
    for (int i = 0; i < team.length; i++) {
      boolean carriesAShare = team[i].capacity() * team.length >= value;
      if (carriesAShare && (lead < 0 || better.compare(team[i], team[lead]) > 0)) {
        lead = i;
      }
    }
    return lead;
  }
}
