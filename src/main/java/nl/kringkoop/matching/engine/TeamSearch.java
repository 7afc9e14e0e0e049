package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Finds the best consortia among candidates: two to {@value PartnershipSearch#MAX_MEMBERS} firms
 * that together cover every requirement and whose capacities add up to the value, none of which the
 * others could do without. Teams are built in the candidates' order, so each is met once; a branch
 * stops as soon as a requirement is left that no later candidate covers, or the largest capacities
 * left cannot reach the value.
 */
final class TeamSearch {

  /** A consortium found, with its members in the candidates' order and their ids sorted. */
  record Team(Candidate[] members, double score, long[] ids) {

    static Team of(Candidate[] members, double score) {
      long[] ids = new long[members.length];
      for (int i = 0; i < members.length; i++) {
        ids[i] = members[i].id();
      }
      Arrays.sort(ids);
      return new Team(members, score, ids);
    }
  }

  /** Higher score first, then fewer members, then lower ids. */
  static final Comparator<Team> BETTER_FIRST =
      Comparator.comparingDouble(Team::score)
          .reversed()
          .thenComparingInt(team -> team.members().length)
          .thenComparing(Team::ids, Arrays::compare);

  private static final int MAX = PartnershipSearch.MAX_MEMBERS;

  private final Candidate[] pool;
  private final long all;
  private final long value;
  private final TeamScoring scoring;
  private final int[] lastCoverer = new int[Long.SIZE];
  private final long[][] largestCapacities;
  private final PriorityQueue<Team> best = new PriorityQueue<>(BETTER_FIRST.reversed());
  private int keep;
  private int forced = -1;

  TeamSearch(List<Candidate> candidates, long all, long value, TeamScoring scoring) {
    this.pool = candidates.toArray(new Candidate[0]);
    this.all = all;
    this.value = value;
    this.scoring = scoring;
    Arrays.fill(lastCoverer, -1);
    for (int i = 0; i < pool.length; i++) {
      for (long rest = pool[i].covers(); rest != 0; rest &= rest - 1) {
        lastCoverer[Long.numberOfTrailingZeros(rest)] = i;
      }
    }
    largestCapacities = largestCapacities(pool);
  }

  /** For each start, the sums of the one, two and three largest capacities from there on. */
  private static long[][] largestCapacities(Candidate[] pool) {
    long[][] sums = new long[pool.length + 1][MAX];
    long[] largest = new long[MAX - 1];
    for (int i = pool.length - 1; i >= 0; i--) {
      long capacity = pool[i].capacity();
      for (int k = 0; k < largest.length; k++) {
        if (capacity > largest[k]) {
          long smaller = largest[k];
          largest[k] = capacity;
          capacity = smaller;
        }
      }
      for (int slots = 1; slots < MAX; slots++) {
        sums[i][slots] = sums[i][slots - 1] + largest[slots - 1];
      }
    }
    return sums;
  }

  /** The best {@code keep} teams, best first. */
  List<Team> best(int keep) {
    this.keep = keep;
    extend(new Candidate[MAX], 0, 0, 0, 0);
    return sorted();
  }

  /** The best {@code keep} teams that include the candidate at {@code member}, best first. */
  List<Team> bestWith(int member, int keep) {
    this.keep = keep;
    this.forced = member;
    Candidate[] team = new Candidate[MAX];
    team[0] = pool[member];
    if (pool[member].covers() != all || pool[member].capacity() < value) {
      extend(team, 1, 0, pool[member].covers(), pool[member].capacity());
    }
    return sorted();
  }

  private void extend(Candidate[] team, int size, int from, long covers, long capacity) {
    for (int j = from; j < pool.length; j++) {
      Candidate next = pool[j];
      long nowCovers = covers | next.covers();
      if (j == forced || (nowCovers == covers && next.capacity() == 0)) {
        continue;
      }
      long nowCapacity = capacity + next.capacity();
      team[size] = next;
      if (nowCovers == all && nowCapacity >= value) {
        if (size > 0 && everyoneNeeded(team, size + 1, nowCapacity)) {
          offer(Arrays.copyOf(team, size + 1));
        }
      } else if (size + 1 < MAX && reachable(j + 1, MAX - size - 1, nowCovers, nowCapacity)) {
        extend(team, size + 1, j + 1, nowCovers, nowCapacity);
      }
    }
  }

  private boolean reachable(int from, int slots, long covers, long capacity) {
    for (long missing = all & ~covers; missing != 0; missing &= missing - 1) {
      if (lastCoverer[Long.numberOfTrailingZeros(missing)] < from) {
        return false;
      }
    }
    return capacity + largestCapacities[from][slots] >= value;
  }

  private boolean everyoneNeeded(Candidate[] team, int size, long capacity) {
    for (int i = 0; i < size; i++) {
      long others = 0;
      for (int j = 0; j < size; j++) {
        others |= i == j ? 0 : team[j].covers();
      }
      if (others == all && capacity - team[i].capacity() >= value) {
        return false;
      }
    }
    return true;
  }

  private void offer(Candidate[] members) {
    Team team = Team.of(members, scoring.score(members));
    if (best.size() == keep && BETTER_FIRST.compare(team, best.peek()) >= 0) {
      return;
    }
    best.add(team);
    if (best.size() > keep) {
      best.poll();
    }
  }

  private List<Team> sorted() {
    List<Team> teams = new ArrayList<>(best);
    teams.sort(BETTER_FIRST);
    return teams;
  }
}
