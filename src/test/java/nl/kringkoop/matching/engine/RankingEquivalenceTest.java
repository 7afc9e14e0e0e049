package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.LongToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The index's ranking gives exactly what scoring every firm one by one gives: the same matches with
 * the same scores and explanations in the same order, and the same exclusions, on a generated
 * market with awkward codes and needs added, before and after changes to the index.
 */
class RankingEquivalenceTest {

  private static final int FIRMS = 3_000;

  private final MatchScorer scorer = new MatchScorer(MatchingPolicy.defaults());
  private final GeneratedMarket market = new GeneratedMarket(7L);
  private final Random random = new Random(11L);
  private final Map<Long, SupplierFacts> firms = new LinkedHashMap<>();
  private final SupplierIndex index = new SupplierIndex();
  private final Ranking ranking = new Ranking(index, scorer);

  @Test
  void rankingEqualsScoringEveryFirm() {
    for (long id = 1; id <= FIRMS; id++) {
      put(awkward(market.firm(id)));
    }

    assertSameRankings(100);
  }

  @Test
  void rankingEqualsScoringEveryFirmAfterChanges() {
    for (long id = 1; id <= FIRMS; id++) {
      put(awkward(market.firm(id)));
    }
    ranking.rank(market.need(), 20, id -> 0);
    for (long id = 1; id <= FIRMS; id += 1 + random.nextInt(6)) {
      if (random.nextBoolean()) {
        index.remove(id);
        firms.remove(id);
      } else {
        put(awkward(market.firm(id)));
      }
    }
    for (long id = FIRMS + 1; id <= FIRMS + 500; id++) {
      put(awkward(market.firm(id)));
    }
    index.remove(FIRMS * 10L);

    assertSameRankings(100);
    assertEquals(firms.size(), index.size());
  }

  @Test
  void theIndexGivesBackWhatWasPut() {
    for (long id = 1; id <= 500; id++) {
      put(awkward(market.firm(id)));
    }
    for (long id = 1; id <= 500; id += 3) {
      index.remove(id);
      firms.remove(id);
    }
    for (long id = 1; id <= 500; id += 6) {
      put(awkward(market.firm(id)));
    }

    for (long id = 1; id <= 500; id++) {
      SupplierFacts expected = firms.get(id);
      assertEquals(
          expected == null ? null : described(expected),
          index.get(id).map(RankingEquivalenceTest::described).orElse(null));
    }
  }

  private void put(SupplierFacts firm) {
    index.put(firm);
    firms.put(firm.id(), firm);
  }

  private void assertSameRankings(int needs) {
    LongToIntFunction invitations = id -> (int) (id % 3);
    for (int i = 0; i < needs; i++) {
      NeedFacts need = awkward(market.need());
      int limit = i % 25 == 0 ? 1_000_000 : i % 10 == 1 ? 0 : i % 10 == 2 ? 3 : 20;
      Ranking.Result expected = scoredOneByOne(need, limit, invitations);
      Ranking.Result actual = ranking.rank(need, limit, invitations);

      String which = "need " + Arrays.toString(need.cpvCodes()) + ", limit " + limit;
      assertEquals(expected.matches(), actual.matches(), which);
      assertEquals(byId(expected.exclusions()), byId(actual.exclusions()), which);
    }
  }

  /** The ranking as its rules read: every firm offering part of the need, scored in full. */
  private Ranking.Result scoredOneByOne(NeedFacts need, int limit, LongToIntFunction invited) {
    List<Exclusion> exclusions = new ArrayList<>();
    List<SupplierFacts> ranked = new ArrayList<>();
    for (SupplierFacts firm : firms.values()) {
      if (scorer.value(Factor.CAPABILITY, need, firm) == 0) {
        continue;
      }
      scorer
          .knockOut(need, firm)
          .ifPresentOrElse(
              reason -> exclusions.add(new Exclusion(firm.id(), reason)), () -> ranked.add(firm));
    }
    Map<Long, Double> scores = new HashMap<>();
    ranked.forEach(firm -> scores.put(firm.id(), scorer.score(need, firm)));
    Comparator<SupplierFacts> better =
        Comparator.comparingLong((SupplierFacts f) -> Math.round(scores.get(f.id()) / 0.005))
            .thenComparing(f -> -invited.applyAsInt(f.id()))
            .thenComparing(f -> -f.id());
    List<Match> matches =
        ranked.stream()
            .sorted(better.reversed())
            .limit(limit)
            .map(f -> scorer.explain(need, f))
            .toList();
    return new Ranking.Result(matches, exclusions);
  }

  /**
   * Some firms hold a division or group code (which covers every code below it), a code twice, an
   * R-strategy bit beyond R9, a capacity beyond an int, or a reference outside their own codes.
   */
  private SupplierFacts awkward(SupplierFacts firm) {
    int[] codes = firm.cpvCodes();
    int pick = random.nextInt(40);
    if (pick == 0) {
      codes[0] = codes[0] / 1_000_000 * 1_000_000;
    } else if (pick == 1) {
      codes[0] = codes[0] / 100_000 * 100_000;
    } else if (pick == 2) {
      codes = Arrays.copyOf(codes, codes.length + 1);
      codes[codes.length - 1] = codes[0];
    }
    return new SupplierFacts(
        firm.id(),
        codes,
        random.nextInt(50) == 0 ? firm.rStrategies() | (1 << 12) : firm.rStrategies(),
        firm.place(),
        firm.reach(),
        random.nextInt(100) == 0 ? 3_000_000_000L : firm.maxContractValue(),
        firm.turnover(),
        firm.sizeClass(),
        firm.socialEnterprise(),
        firm.psoLevel(),
        firm.targetGroupPercent(),
        random.nextInt(4),
        random.nextInt(5) == 0 ? new int[] {45210000, codes[0]} : firm.referenceCpvCodes(),
        firm.kvkVerified(),
        firm.socialVerified());
  }

  /** Needs with codes in several divisions, division and group codes, required certificates. */
  private NeedFacts awkward(NeedFacts need) {
    int[] codes = need.cpvCodes();
    switch (random.nextInt(8)) {
      case 0 -> codes = new int[] {codes[0], market.need().cpvCodes()[0]};
      case 1 -> codes[0] = codes[0] / 1_000_000 * 1_000_000;
      case 2 -> codes[0] = codes[0] / 100_000 * 100_000;
      default -> {}
    }
    return new NeedFacts(
        codes,
        random.nextInt(4) == 0 ? 0 : need.rStrategies(),
        need.place(),
        need.value(),
        random.nextInt(3) == 0 ? 3 : need.preferredCertificates(),
        random.nextInt(6) == 0 ? 1 + random.nextInt(2) : 0,
        need.serviceAreaRequired());
  }

  private static List<Exclusion> byId(List<Exclusion> exclusions) {
    List<Exclusion> sorted = new ArrayList<>(exclusions);
    sorted.sort(Comparator.comparingLong(Exclusion::supplierId));
    assertFalse(
        sorted.stream().map(Exclusion::supplierId).distinct().count() < sorted.size(),
        "each firm is excluded once");
    return sorted;
  }

  private static List<Object> described(SupplierFacts firm) {
    return List.of(
        firm.id(),
        Arrays.toString(firm.cpvCodes()),
        firm.rStrategies(),
        firm.place(),
        firm.reach(),
        firm.maxContractValue(),
        firm.turnover(),
        firm.sizeClass(),
        firm.socialEnterprise(),
        firm.psoLevel(),
        firm.targetGroupPercent(),
        firm.certificates(),
        Arrays.toString(firm.referenceCpvCodes()),
        firm.kvkVerified(),
        firm.socialVerified());
  }
}
