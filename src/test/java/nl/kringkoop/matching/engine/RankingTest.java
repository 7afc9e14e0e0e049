package nl.kringkoop.matching.engine;

import static nl.kringkoop.matching.engine.MarketFixture.ARNHEM;
import static nl.kringkoop.matching.engine.MarketFixture.CO2_LADDER;
import static nl.kringkoop.matching.engine.MarketFixture.EDE;
import static nl.kringkoop.matching.engine.MarketFixture.NIJMEGEN;
import static nl.kringkoop.matching.engine.MarketFixture.UTRECHT;
import static nl.kringkoop.matching.engine.MarketFixture.firm;
import static nl.kringkoop.matching.engine.MarketFixture.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

  private final SupplierIndex index = new SupplierIndex();
  private final Ranking ranking = new Ranking(index, new MatchScorer(MatchingPolicy.defaults()));

  @Test
  void firmsAreRankedBestFirstAndUnrelatedFirmsAreNotCandidates() {
    index.put(firm(1).at(UTRECHT).facts());
    index.put(firm(2).at(NIJMEGEN).facts());
    index.put(firm(3).at(ARNHEM).facts());
    index.put(firm(4).codes(77310000).facts());

    Ranking.Result result = ranking.rank(need(45210000), 10, id -> 0);

    assertEquals(List.of(2L, 3L, 1L), ids(result));
    assertTrue(result.exclusions().isEmpty(), "a firm in another trade is simply not a candidate");
  }

  @Test
  void knockOutsExcludeWithAReason() {
    index.put(firm(1).facts());
    index.put(firm(2).certificates(CO2_LADDER).at(EDE).reach(Reach.MUNICIPALITY).facts());
    index.put(firm(3).certificates(CO2_LADDER).facts());
    NeedFacts need = new NeedFacts(new int[] {45210000}, 0, NIJMEGEN, 100_000, 0, CO2_LADDER, true);

    Ranking.Result result = ranking.rank(need, 10, id -> 0);

    assertEquals(List.of(3L), ids(result));
    assertEquals(
        List.of(
            new Exclusion(1, Reason.of("knockOut.certificate", CO2_LADDER)),
            new Exclusion(2, Reason.of("knockOut.serviceArea", "MUNICIPALITY"))),
        result.exclusions().stream()
            .sorted((a, b) -> Long.compare(a.supplierId(), b.supplierId()))
            .toList());
  }

  @Test
  void equalFirmsTakeTurnsAtTheTopOverSuccessiveNeeds() {
    for (long id = 1; id <= 3; id++) {
      index.put(firm(id).facts());
    }
    Map<Long, Integer> invited = new HashMap<>();
    List<Long> firstPlaces = new java.util.ArrayList<>();
    for (int round = 0; round < 6; round++) {
      Ranking.Result result = ranking.rank(need(45210000), 1, id -> invited.getOrDefault(id, 0));
      long top = result.matches().get(0).supplierId();
      firstPlaces.add(top);
      invited.merge(top, 1, Integer::sum);
    }

    assertEquals(List.of(1L, 2L, 3L, 1L, 2L, 3L), firstPlaces);
  }

  @Test
  void theLimitKeepsTheBestAndAChangedProfileIsMatchedAtOnce() {
    index.put(firm(1).at(UTRECHT).facts());
    index.put(firm(2).at(EDE).facts());
    index.put(firm(3).at(NIJMEGEN).facts());
    assertEquals(List.of(3L, 2L), ids(ranking.rank(need(45210000), 2, id -> 0)));

    index.put(firm(1).at(NIJMEGEN).social(3, 40).facts());
    assertEquals(List.of(1L, 3L), ids(ranking.rank(need(45210000), 2, id -> 0)));

    index.remove(1);
    index.put(firm(3).codes(77310000).facts());
    assertEquals(List.of(2L), ids(ranking.rank(need(45210000), 2, id -> 0)));
    assertEquals(2, index.size());
  }

  @Test
  void aLimitBeyondTheMarketRanksEveryoneAndNoLimitRanksNoOne() {
    index.put(firm(1).at(UTRECHT).facts());
    index.put(firm(2).at(NIJMEGEN).facts());
    NeedFacts need = new NeedFacts(new int[] {45210000}, 0, NIJMEGEN, 100_000, 0, 0, true);

    assertEquals(List.of(2L, 1L), ids(ranking.rank(need(45210000), Integer.MAX_VALUE, id -> 0)));
    Ranking.Result none = ranking.rank(need, 0, id -> 0);
    assertEquals(List.of(), none.matches());
    assertEquals(
        List.of(new Exclusion(1, Reason.of("knockOut.serviceArea", "REGION"))), none.exclusions());
  }

  private static List<Long> ids(Ranking.Result result) {
    return result.matches().stream().map(Match::supplierId).toList();
  }
}
