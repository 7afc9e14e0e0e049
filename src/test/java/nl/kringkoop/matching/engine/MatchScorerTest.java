package nl.kringkoop.matching.engine;

import static nl.kringkoop.matching.engine.MarketFixture.ARNHEM;
import static nl.kringkoop.matching.engine.MarketFixture.EDE;
import static nl.kringkoop.matching.engine.MarketFixture.ISO_14001;
import static nl.kringkoop.matching.engine.MarketFixture.NIJMEGEN;
import static nl.kringkoop.matching.engine.MarketFixture.UTRECHT;
import static nl.kringkoop.matching.engine.MarketFixture.firm;
import static nl.kringkoop.matching.engine.MarketFixture.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MatchScorerTest {

  private final MatchScorer scorer = new MatchScorer(MatchingPolicy.defaults());

  @ParameterizedTest(name = "{0} for need 45210000 is worth {1}")
  @CsvSource({
    "45210000, 1.0", // same code
    "45200000, 1.0", // covers it
    "45214000, 1.0", // same code when the zeros are read as a class of 45210000's children
    "45230000, 0.5", // same group 452
    "45300000, 0.25", // same division 45
    "39100000, 0.0"
  })
  void capabilityFollowsTheCpvHierarchy(int offered, double value) {
    assertEquals(
        value,
        scorer.value(Factor.CAPABILITY, need(45210000), firm(1).codes(offered).facts()),
        1e-9);
  }

  @Test
  void capabilityCountsHowManyOfTheNeedsCodesAreCovered() {
    NeedFacts need = need(45210000, 39100000, 77310000);
    Match match = scorer.explain(need, firm(1).codes(45210000, 39100000).facts());

    Contribution capability = part(match, Factor.CAPABILITY);
    assertEquals(2.0 / 3, capability.value(), 1e-9);
    assertEquals(Reason.of("capability.covers", 2, 3), capability.reason());
  }

  @Test
  void nearerFirmsScoreHigherOnLocality() {
    NeedFacts need = need(45210000);
    List<Double> values =
        List.of(NIJMEGEN, ARNHEM, EDE, UTRECHT).stream()
            .map(place -> scorer.value(Factor.LOCALITY, need, firm(1).at(place).facts()))
            .toList();

    assertEquals(List.of(1.0, 0.7, 0.4, 0.1), values);
  }

  @Test
  void higherRungsOfTheLadderCountMore() {
    NeedFacts need =
        new NeedFacts(new int[] {45210000}, (1 << 3) | (1 << 8), NIJMEGEN, 100_000, 0, 0, false);
    double reuse = scorer.value(Factor.CIRCULARITY, need, firm(1).strategies(3).facts());
    double recycle = scorer.value(Factor.CIRCULARITY, need, firm(2).strategies(8).facts());

    assertTrue(reuse > recycle, reuse + " should beat " + recycle);
    assertEquals(
        1.0, scorer.value(Factor.CIRCULARITY, need, firm(3).strategies(3, 8).facts()), 1e-9);
  }

  @Test
  void capacityNeverPushesAFirmPastWhatItCanCarryNorAGiantOntoASmallJob() {
    assertEquals(0, MatchScorer.capacity(100_000, 80_000), 1e-9, "cannot carry it");
    assertEquals(1, MatchScorer.capacity(100_000, 200_000), 1e-9, "a fair share");
    assertEquals(0.1, MatchScorer.capacity(100_000, 5_000_000), 1e-9, "far too big for it");
    assertEquals(0.05, MatchScorer.capacity(1_000, 50_000_000), 1e-9, "never below the floor");
  }

  @Test
  void socialEnterprisesScoreByPsoLevelAndTargetGroupShare() {
    assertEquals(0, MatchScorer.social(firm(1).facts()), 1e-9);
    assertEquals(0.5, MatchScorer.social(firm(1).social(0, 10).facts()), 1e-9);
    assertEquals(1.0, MatchScorer.social(firm(1).social(4, 40).facts()), 1e-9);
  }

  @Test
  void certificatesCountOnlyWhenTheNeedAsksForThem() {
    NeedFacts asking =
        new NeedFacts(new int[] {45210000}, 0, NIJMEGEN, 100_000, ISO_14001, 0, false);
    Match without = scorer.explain(need(45210000), firm(1).facts());
    Match with = scorer.explain(asking, firm(1).certificates(ISO_14001).facts());

    assertFalse(without.explanation().stream().anyMatch(c -> c.factor() == Factor.CERTIFICATION));
    assertEquals(1.0, part(with, Factor.CERTIFICATION).value(), 1e-9);
  }

  @Test
  void referencesInTheSameCpvAreaAndVerifiedClaimsCountMore() {
    NeedFacts need = need(45210000);
    assertEquals(
        1.0, scorer.value(Factor.TRACK_RECORD, need, firm(1).references(45210000).facts()), 1e-9);
    assertEquals(
        0.25, scorer.value(Factor.TRACK_RECORD, need, firm(1).references(45400000).facts()), 1e-9);
    assertEquals(0, scorer.value(Factor.TRACK_RECORD, need, firm(1).facts()), 1e-9);
    assertEquals(1, MatchScorer.verification(firm(1).verified().facts()), 1e-9);
    assertEquals(0, MatchScorer.verification(firm(1).facts()), 1e-9);
  }

  @Test
  void theContributionsAddUpToTheScore() {
    NeedFacts need =
        new NeedFacts(new int[] {45210000, 39100000}, 1 << 4, ARNHEM, 150_000, ISO_14001, 0, false);
    SupplierFacts firm =
        firm(1)
            .codes(45210000)
            .strategies(4, 8)
            .social(2, 35)
            .references(45200000)
            .verified()
            .facts();

    Match match = scorer.explain(need, firm);

    double sum = match.explanation().stream().mapToDouble(Contribution::contribution).sum();
    assertEquals(match.score(), sum, 1e-12);
    assertEquals(scorer.score(need, firm), match.score(), 1e-12, "fast path and explanation agree");
    assertEquals(Reason.of("circularity.matches", "R4"), part(match, Factor.CIRCULARITY).reason());
    assertEquals(Reason.of("locality.2"), part(match, Factor.LOCALITY).reason());
  }

  @Test
  void aPolicyWeighsTheFactorsWithinItsBounds() {
    NeedFacts need = need(45210000);
    SupplierFacts nearbyButUnrelatedish = firm(1).codes(45300000).facts();
    SupplierFacts farButExact = firm(2).at(UTRECHT).facts();
    MatchScorer localFirst =
        new MatchScorer(MatchingPolicy.of(Map.of(Factor.LOCALITY, 50, Factor.CAPABILITY, 10)));

    assertTrue(scorer.score(need, farButExact) > scorer.score(need, nearbyButUnrelatedish));
    assertTrue(localFirst.score(need, nearbyButUnrelatedish) > localFirst.score(need, farButExact));
  }

  private static Contribution part(Match match, Factor factor) {
    return match.explanation().stream().filter(c -> c.factor() == factor).findFirst().orElseThrow();
  }
}
