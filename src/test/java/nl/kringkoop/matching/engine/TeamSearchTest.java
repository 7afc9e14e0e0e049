package nl.kringkoop.matching.engine;

import static nl.kringkoop.matching.engine.MarketFixture.ARNHEM;
import static nl.kringkoop.matching.engine.MarketFixture.EDE;
import static nl.kringkoop.matching.engine.MarketFixture.NIJMEGEN;
import static nl.kringkoop.matching.engine.MarketFixture.UTRECHT;
import static nl.kringkoop.matching.engine.MarketFixture.firm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search against trying every team of two to four candidates, on random small markets. */
class TeamSearchTest {

  private static final int[] CODES = {45210000, 45310000, 45330000, 45410000, 45420000};
  private static final Place[] PLACES = {NIJMEGEN, ARNHEM, EDE, UTRECHT};

  @ParameterizedTest(name = "seed {0}, keeping {1}")
  @CsvSource({"1, 1000", "2, 1000", "3, 5", "4, 5", "5, 1", "6, 20"})
  void findsTheSameBestTeamsAsTryingThemAll(long seed, int keep) {
    Random random = new Random(seed);
    for (int market = 0; market < 40; market++) {
      SupplierIndex index = new SupplierIndex();
      int firms = 6 + random.nextInt(9);
      for (long id = 1; id <= firms; id++) {
        int[] codes = new int[1 + random.nextInt(2)];
        Arrays.setAll(codes, i -> CODES[random.nextInt(CODES.length)]);
        index.put(
            firm(id)
                .codes(codes)
                .strategies(random.nextInt(3) == 0 ? new int[] {3} : new int[0])
                .capacity(random.nextInt(4) * 100_000L)
                .at(PLACES[random.nextInt(PLACES.length)])
                .size(random.nextInt(4))
                .facts());
      }
      int[] asked = Arrays.copyOf(CODES, 2 + random.nextInt(3));
      NeedFacts need =
          new NeedFacts(
              asked,
              random.nextBoolean() ? 1 << 3 : 0,
              NIJMEGEN,
              100_000L * (1 + random.nextInt(8)),
              0,
              0,
              false);
      Requirements requirements = new Requirements(need);
      List<Candidate> pool =
          new PartnerCandidates(index, MatchingPolicy.defaults()).gather(need, requirements);
      TeamScoring scoring = new TeamScoring(MatchingPolicy.defaults(), need);
      TeamSearch search = new TeamSearch(pool, requirements.all(), need.value(), scoring);

      assertEquals(
          ids(everyTeam(pool, requirements.all(), need.value(), scoring, -1, keep)),
          ids(search.best(keep)),
          "market " + market);
      if (!pool.isEmpty()) {
        int member = random.nextInt(pool.size());
        assertEquals(
            ids(everyTeam(pool, requirements.all(), need.value(), scoring, member, keep)),
            ids(
                new TeamSearch(pool, requirements.all(), need.value(), scoring)
                    .bestWith(member, keep)),
            "market " + market + " with candidate " + member);
      }
    }
  }

  private static List<TeamSearch.Team> everyTeam(
      List<Candidate> pool, long all, long value, TeamScoring scoring, int member, int keep) {
    List<TeamSearch.Team> teams = new ArrayList<>();
    int n = pool.size();
    for (int set = 0; set < 1 << n; set++) {
      int size = Integer.bitCount(set);
      if (size < 2 || size > 4 || (member >= 0 && (set & (1 << member)) == 0)) {
        continue;
      }
      int chosen = set;
      Candidate[] team =
          IntStream.range(0, n)
              .filter(i -> (chosen & (1 << i)) != 0)
              .mapToObj(pool::get)
              .toArray(Candidate[]::new);
      if (complete(team, -1, all, value) && allNeeded(team, all, value)) {
        teams.add(TeamSearch.Team.of(team, scoring));
      }
    }
    teams.sort(TeamSearch.BETTER_FIRST);
    return teams.subList(0, Math.min(keep, teams.size()));
  }

  private static boolean allNeeded(Candidate[] team, long all, long value) {
    for (int left = 0; left < team.length; left++) {
      if (complete(team, left, all, value)) {
        return false;
      }
    }
    return true;
  }

  private static boolean complete(Candidate[] team, int leftOut, long all, long value) {
    long covers = 0;
    long capacity = 0;
    for (int i = 0; i < team.length; i++) {
      if (i != leftOut) {
        covers |= team[i].covers();
        capacity += team[i].capacity();
      }
    }
    return covers == all && capacity >= value;
  }

  private static List<String> ids(List<TeamSearch.Team> teams) {
    return teams.stream().map(team -> Arrays.toString(team.ids())).toList();
  }
}
