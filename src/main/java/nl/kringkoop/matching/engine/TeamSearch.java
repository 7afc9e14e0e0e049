package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Finds the best consortia among candidates: two to {@value PartnershipSearch#MAX_MEMBERS} firms
 * that together cover every requirement and whose capacities add up to the value, none of which the
 * others could do without. A team is built requirement by requirement: the next member is one of
 * the firms covering the first requirement not yet covered; once all are covered, members are added
 * for capacity. Each team is met once, in its canonical order: for each requirement, the member of
 * the team with the lowest position among the candidates is the one picked for it, and members
 * added for capacity come in the candidates' order. A branch stops when the largest capacities left
 * cannot reach the value or when its best possible score ({@link TeamScoring#bound}) cannot beat
 * the weakest team kept. A search is made for one call.
 */
final class TeamSearch {

  /** A consortium found, its members in the order of their ids. */
  record Team(Candidate[] members, double score, long[] ids) {

    /** The team of these members (a copy the team may reorder), scored in one fixed order. */
    static Team of(Candidate[] members, TeamScoring scoring) {
      Arrays.sort(members, Comparator.comparingLong(Candidate::id));
      long[] ids = new long[members.length];
      for (int i = 0; i < members.length; i++) {
        ids[i] = members[i].id();
      }
      return new Team(members, scoring.score(members), ids);
    }
  }

  /** Higher score first, then fewer members, then lower ids. */
  static final Comparator<Team> BETTER_FIRST =
      Comparator.comparingDouble(Team::score)
          .reversed()
          .thenComparingInt(team -> team.members().length)
          .thenComparing(Team::ids, Arrays::compare);

  private static final int MAX = PartnershipSearch.MAX_MEMBERS;

  /** A bound or a score summed in another order may be off by this much. */
  private static final double ROUNDING = 1e-9;

  private final Candidate[] pool;
  private final long all;
  private final long value;
  private final TeamScoring scoring;
  private final int[][] coverers = new int[Long.SIZE][];
  private final long[] largestCapacities = new long[MAX];
  private final TeamScoring.Best poolBest;
  private final PriorityQueue<Team> best = new PriorityQueue<>(BETTER_FIRST.reversed());
  private final int[] positions = new int[MAX];
  private final int[] pickedFor = new int[MAX];
  private int keep;
  private int forced = -1;

  TeamSearch(List<Candidate> candidates, long all, long value, TeamScoring scoring) {
    this.pool = candidates.toArray(new Candidate[0]);
    this.all = all;
    this.value = value;
    this.scoring = scoring;
    this.poolBest = TeamScoring.Best.of(pool);
    for (int bit = 0; bit < Long.SIZE; bit++) {
      long mask = 1L << bit;
      coverers[bit] =
          IntStream.range(0, pool.length).filter(i -> (pool[i].covers() & mask) != 0).toArray();
    }
    long[] capacities = Arrays.stream(pool).mapToLong(Candidate::capacity).sorted().toArray();
    for (int slots = 1; slots < MAX; slots++) {
      largestCapacities[slots] =
          largestCapacities[slots - 1]
              + (slots <= capacities.length ? capacities[capacities.length - slots] : 0);
    }
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
    positions[0] = member;
    pickedFor[0] = -1;
    if (pool[member].covers() != all || pool[member].capacity() < value) {
      extend(team, 1, pool[member].covers(), pool[member].capacity(), 0);
    }
    return sorted();
  }

  private void extend(Candidate[] team, int size, long covers, long capacity, int capacityFrom) {
    if (covers != all) {
      int bit = Long.numberOfTrailingZeros(all & ~covers);
      for (int j : coverers[bit]) {
        add(team, size, covers, capacity, j, bit, capacityFrom);
      }
    } else {
      for (int j = capacityFrom; j < pool.length; j++) {
        if (pool[j].capacity() > 0 && !inTeam(j, size)) {
          add(team, size, covers, capacity, j, -1, j + 1);
        }
      }
    }
  }

  private void add(
      Candidate[] team, int size, long covers, long capacity, int j, int bit, int capacityFrom) {
    if (j == forced || !canonical(j, size)) {
      return;
    }
    Candidate next = pool[j];
    long nowCovers = covers | next.covers();
    long nowCapacity = capacity + next.capacity();
    team[size] = next;
    positions[size] = j;
    pickedFor[size] = bit;
    if (nowCovers == all && nowCapacity >= value) {
      if (size > 0 && everyoneNeeded(team, size + 1, nowCapacity)) {
        offer(Arrays.copyOf(team, size + 1));
      }
    } else if (size + 1 < MAX
        && nowCapacity + largestCapacities[MAX - size - 1] >= value
        && mayEnterTheBest(team, size + 1)) {
      extend(team, size + 1, nowCovers, nowCapacity, capacityFrom);
    }
  }

  /** Whether a team growing from these members could still beat the weakest team kept. */
  private boolean mayEnterTheBest(Candidate[] team, int size) {
    return best.size() < keep
        || scoring.bound(team, size, MAX - size, poolBest) + ROUNDING >= best.peek().score();
  }

  /**
   * Whether the candidate may join without the team being met again in another order: a member
   * picked for a requirement must be the earliest candidate in the team covering it.
   */
  private boolean canonical(int j, int size) {
    for (int i = 0; i < size; i++) {
      if (pickedFor[i] >= 0 && j < positions[i] && (pool[j].covers() & (1L << pickedFor[i])) != 0) {
        return false;
      }
    }
    return true;
  }

  private boolean inTeam(int j, int size) {
    for (int i = 0; i < size; i++) {
      if (positions[i] == j) {
        return true;
      }
    }
    return false;
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
    if (best.size() == keep && scoring.score(members) + ROUNDING < best.peek().score()) {
      return;
    }
    Team team = Team.of(members, scoring);
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
