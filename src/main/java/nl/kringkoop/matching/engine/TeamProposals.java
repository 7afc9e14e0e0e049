package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the best teams of a search into proposals: each with its lead, each member with its
 * fallbacks, and none that only swaps in a fallback of a proposal shown before.
 */
final class TeamProposals {

  private final NeedFacts need;
  private final Requirements requirements;
  private final List<Candidate> pool;
  private final TeamScoring scoring;

  TeamProposals(
      NeedFacts need, Requirements requirements, List<Candidate> pool, TeamScoring scoring) {
    this.need = need;
    this.requirements = requirements;
    this.pool = pool;
    this.scoring = scoring;
  }

  /** Up to {@code limit} proposals from teams ordered best first. */
  List<Proposal> of(List<TeamSearch.Team> teams, int limit) {
    List<Shown> shown = new ArrayList<>();
    for (TeamSearch.Team team : teams) {
      if (shown.size() == limit) {
        break;
      }
      if (shown.stream().noneMatch(earlier -> earlier.swapsInAFallback(team))) {
        shown.add(new Shown(team, fallbacks(team.members())));
      }
    }
    return shown.stream().map(this::proposal).toList();
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
  private long[][] fallbacks(Candidate[] team) {
    long all = requirements.all();
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
              .limit(PartnershipSearch.FALLBACKS)
              .mapToLong(Replacement::id)
              .toArray();
    }
    return fallbacks;
  }

  private record Replacement(long id, double teamScore) {}

  private Proposal proposal(Shown shown) {
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
