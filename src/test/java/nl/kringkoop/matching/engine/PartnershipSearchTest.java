package nl.kringkoop.matching.engine;

import static nl.kringkoop.matching.engine.MarketFixture.ARNHEM;
import static nl.kringkoop.matching.engine.MarketFixture.CO2_LADDER;
import static nl.kringkoop.matching.engine.MarketFixture.EDE;
import static nl.kringkoop.matching.engine.MarketFixture.NIJMEGEN;
import static nl.kringkoop.matching.engine.MarketFixture.UTRECHT;
import static nl.kringkoop.matching.engine.MarketFixture.firm;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnershipSearchTest {

  private static final int BUILDING = 45210000;
  private static final int ELECTRICAL = 45310000;
  private static final int PLUMBING = 45330000;
  private static final int FINISHING = 45400000;
  private static final int FURNITURE = 39100000;
  private static final int R3 = 1 << 3;

  private final SupplierIndex index = new SupplierIndex();
  private final PartnershipSearch search = new PartnershipSearch(index, MatchingPolicy.defaults());

  @Test
  void twoComplementaryFirmsFormTheProposal() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(ELECTRICAL).facts());
    index.put(firm(3).codes(FURNITURE).facts());
    NeedFacts need = need(100_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertEquals(List.of(List.of(1L, 2L)), teams(result));
    Proposal proposal = result.proposals().get(0);
    assertEquals(1.0, proposal.coverage());
    assertArrayEquals(new int[] {BUILDING}, member(proposal, 1).coveredCodes());
    assertArrayEquals(new int[] {ELECTRICAL}, member(proposal, 2).coveredCodes());
    assertFalse(result.soloPossible());
    assertSound(need, result);
  }

  @Test
  void aFirmInTheSameClassCoversACodeButOneInTheSameGroupDoesNot() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(45311000).facts()); // class 4531 of electrical installation
    index.put(firm(3).codes(PLUMBING).facts()); // group 453 only
    NeedFacts need = need(100_000, 0, BUILDING, ELECTRICAL);

    assertEquals(List.of(List.of(1L, 2L)), teams(search.propose(need, 5)));
  }

  @Test
  void aNeedTooBigForAnyTwoIsCarriedByThree() {
    for (long id = 1; id <= 3; id++) {
      index.put(firm(id).capacity(200_000).facts());
    }
    NeedFacts need = need(500_000, 0, BUILDING);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertEquals(List.of(List.of(1L, 2L, 3L)), teams(result));
    assertSound(need, result);
  }

  @Test
  void noProposalWhenOneCodeIsOfferedByNobody() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(ELECTRICAL).facts());
    index.put(firm(3).codes(PLUMBING).facts()); // same group as the electrical work, not the same

    PartnershipSearch.Result result =
        search.propose(need(100_000, 0, BUILDING, ELECTRICAL, 45320000), 5);

    assertEquals(List.of(), result.proposals());
  }

  @Test
  void noProposalWhenTheCapacitiesCannotReachTheValue() {
    index.put(firm(1).codes(BUILDING).capacity(200_000).facts());
    index.put(firm(2).codes(ELECTRICAL).capacity(200_000).facts());
    index.put(firm(3).codes(ELECTRICAL).unknownCapacity().facts()); // counts as none

    assertEquals(List.of(), search.propose(need(450_000, 0, BUILDING, ELECTRICAL), 5).proposals());
  }

  @ParameterizedTest(name = "five firms of 200,000 for a need of {0}: {1} members")
  @CsvSource({"400000, 2", "600000, 3", "800000, 4", "1000000, 0", "1200000, 0"})
  void neverMoreThanFourMembers(long value, int members) {
    for (long id = 1; id <= 5; id++) {
      index.put(firm(id).capacity(200_000).facts());
    }
    NeedFacts need = need(value, 0, BUILDING);

    PartnershipSearch.Result result = search.propose(need, 20);

    if (members == 0) {
      assertEquals(List.of(), result.proposals());
    } else {
      assertFalse(result.proposals().isEmpty());
      result.proposals().forEach(p -> assertEquals(members, p.members().size()));
    }
    assertSound(need, result);
  }

  @Test
  void noMemberTheOthersCouldDoWithout() {
    index.put(firm(1).codes(BUILDING, ELECTRICAL).capacity(50_000).facts());
    index.put(firm(2).codes(BUILDING).capacity(100_000).facts());
    index.put(firm(3).codes(ELECTRICAL).capacity(100_000).facts());
    NeedFacts need = need(120_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 10);

    assertFalse(result.proposals().isEmpty());
    assertTrue(teams(result).stream().allMatch(team -> team.size() == 2), teams(result).toString());
    assertSound(need, result);
  }

  @ParameterizedTest(name = "lead of a need of {0}: firm {1}")
  @CsvSource({
    "200000, 1", // firm 1 covers two codes and can carry half the value
    "240000, 2" // firm 1 cannot carry half any more: the larger firm 2 leads
  })
  void theLeadCoversMostAmongThoseThatCanCarryAnEqualShare(long value, long lead) {
    index.put(firm(1).codes(BUILDING, ELECTRICAL).capacity(100_000).facts());
    index.put(firm(2).codes(PLUMBING).capacity(300_000).facts());
    NeedFacts need = need(value, 0, BUILDING, ELECTRICAL, PLUMBING);

    Proposal proposal = search.propose(need, 1).proposals().get(0);

    assertEquals(lead, proposal.members().get(0).supplierId());
    assertEquals(Member.Role.LEAD, proposal.members().get(0).role());
    assertEquals(Member.Role.MEMBER, proposal.members().get(1).role());
  }

  @Test
  void fallbacksAreNearestFirstOutsideTheTeamAndNotProposedAgain() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(ELECTRICAL).at(NIJMEGEN).facts());
    index.put(firm(3).codes(ELECTRICAL).at(ARNHEM).facts());
    index.put(firm(4).codes(ELECTRICAL).at(EDE).facts());
    index.put(firm(5).codes(ELECTRICAL).at(UTRECHT).reach(Reach.NATIONAL).facts());
    NeedFacts need = need(100_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertEquals(List.of(List.of(1L, 2L), List.of(1L, 5L)), teams(result));
    Proposal best = result.proposals().get(0);
    assertEquals(List.of(3L, 4L), member(best, 2).fallbacks());
    assertEquals(List.of(), member(best, 1).fallbacks(), "nobody else does the building work");
    assertSound(need, result);
  }

  @Test
  void aSupplierSeesTheFirmsThatWouldComplementIt() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(BUILDING).at(ARNHEM).facts());
    index.put(firm(3).codes(ELECTRICAL).at(EDE).facts());
    index.put(firm(4).codes(ELECTRICAL).facts());
    NeedFacts need = need(100_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.proposeWith(need, 3, 5);

    assertEquals(List.of(List.of(1L, 3L)), teams(result));
    assertEquals(List.of(2L), member(result.proposals().get(0), 1).fallbacks());
    assertSound(need, result);
    assertEquals(List.of(), search.proposeWith(need, 99, 5).proposals(), "unknown firm");
  }

  @Test
  void knockedOutFirmsNeverAppear() {
    index.put(firm(1).codes(BUILDING).certificates(CO2_LADDER).facts());
    index.put(firm(2).codes(ELECTRICAL).facts()); // lacks the certificate
    index.put(firm(3).codes(ELECTRICAL).certificates(CO2_LADDER).at(ARNHEM).facts());
    index.put(
        firm(4).codes(ELECTRICAL).certificates(CO2_LADDER).at(UTRECHT).facts()); // out of reach
    index.put(firm(5).codes(ELECTRICAL).certificates(CO2_LADDER).at(NIJMEGEN).facts());
    NeedFacts need =
        new NeedFacts(new int[] {BUILDING, ELECTRICAL}, 0, NIJMEGEN, 100_000, 0, CO2_LADDER, true);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertEquals(List.of(List.of(1L, 5L)), teams(result));
    assertEquals(List.of(3L), member(result.proposals().get(0), 5).fallbacks());
    assertEquals(List.of(), search.proposeWith(need, 2, 5).proposals());
    assertEquals(List.of(), search.proposeWith(need, 4, 5).proposals());
  }

  @Test
  void rStrategiesAreRequirementsTooAndAPartnerMayBringOnlyThat() {
    index.put(firm(1).codes(FINISHING).strategies(3).facts()); // related work, reuses materials
    index.put(firm(2).codes(BUILDING).facts());
    NeedFacts need = need(100_000, R3, BUILDING);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertEquals(List.of(List.of(1L, 2L)), teams(result));
    Member reuse = member(result.proposals().get(0), 1);
    assertArrayEquals(new int[0], reuse.coveredCodes());
    assertEquals(R3, reuse.coveredStrategies());
    assertEquals(2L, result.proposals().get(0).members().get(0).supplierId(), "leads the work");
  }

  @Test
  void aFirmBringingAStrategyIsFoundBehindManyThatDoTheWorkBetter() {
    for (long id = 1; id <= 30; id++) {
      index.put(firm(id).codes(BUILDING).facts());
    }
    index.put(firm(31).codes(FINISHING).strategies(3).at(UTRECHT).reach(Reach.NATIONAL).facts());
    NeedFacts need = need(100_000, R3, BUILDING);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertFalse(result.proposals().isEmpty());
    assertTrue(teams(result).stream().allMatch(team -> team.contains(31L)));
    assertSound(need, result);
  }

  @Test
  void aFirmThatCanDoItAloneIsReportedAndLeftOutOfConsortia() {
    index.put(firm(1).codes(BUILDING, ELECTRICAL).capacity(500_000).facts());
    index.put(firm(2).codes(BUILDING).facts());
    index.put(firm(3).codes(ELECTRICAL).facts());
    NeedFacts need = need(150_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertTrue(result.soloPossible());
    assertEquals(List.of(List.of(2L, 3L)), teams(result));
    assertEquals(List.of(), search.proposeWith(need, 1, 5).proposals());
  }

  @Test
  void smesAndSocialEnterprisesMakeABetterMix() {
    index.put(firm(1).codes(BUILDING).facts());
    index.put(firm(2).codes(ELECTRICAL).size(3).facts());
    index.put(firm(3).codes(ELECTRICAL).social(3, 40).facts());
    NeedFacts need = need(100_000, 0, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 5);
    PartnershipSearch.Result unweighted =
        new PartnershipSearch(index, MatchingPolicy.of(Map.of(Factor.SOCIAL_VALUE, 0)))
            .propose(need, 5);

    assertEquals(List.of(1L, 3L), teams(result).get(0));
    assertEquals(
        Reason.of("mix", 2, 1, 2), part(result.proposals().get(0), ProposalFactor.MIX).reason());
    assertEquals(0, part(unweighted.proposals().get(0), ProposalFactor.MIX).weight());
    assertEquals(List.of(List.of(1L, 2L)), teams(unweighted), "equal scores: lower ids first");
    assertEquals(List.of(3L), member(unweighted.proposals().get(0), 2).fallbacks());
  }

  @Test
  void thePartsAddUpToTheScore() {
    index.put(firm(1).codes(BUILDING).at(ARNHEM).references(BUILDING).verified().facts());
    index.put(firm(2).codes(ELECTRICAL).strategies(3).at(EDE).social(2, 10).facts());
    index.put(firm(3).codes(ELECTRICAL).at(UTRECHT).reach(Reach.NATIONAL).facts());
    NeedFacts need = need(300_000, R3, BUILDING, ELECTRICAL);

    PartnershipSearch.Result result = search.propose(need, 5);

    assertFalse(result.proposals().isEmpty());
    for (Proposal proposal : result.proposals()) {
      double sum = proposal.explanation().stream().mapToDouble(ProposalPart::contribution).sum();
      assertEquals(proposal.score(), sum, 1e-12);
      assertTrue(proposal.score() > 0 && proposal.score() <= 1, "score " + proposal.score());
    }
    Proposal best = result.proposals().get(0);
    assertEquals(Reason.of("fit", 2, 2, 1), part(best, ProposalFactor.FIT).reason());
    assertEquals(Reason.of("proximity", 1, 1), part(best, ProposalFactor.PROXIMITY).reason());
    assertEquals(
        Reason.of("capacity", 400_000L, 300_000L), part(best, ProposalFactor.CAPACITY).reason());
    assertEquals(
        95,
        best.explanation().stream().mapToInt(ProposalPart::weight).sum(),
        "the default weights without certification");
  }

  @Test
  void theSameMarketGivesTheSameProposalsWhateverTheOrderOfRegistration() {
    List<SupplierFacts> firms =
        IntStream.rangeClosed(1, 12)
            .mapToObj(
                id ->
                    firm(id)
                        .codes(id % 3 == 0 ? BUILDING : id % 3 == 1 ? ELECTRICAL : PLUMBING)
                        .capacity(60_000 + (id % 4) * 20_000)
                        .at(id % 2 == 0 ? NIJMEGEN : ARNHEM)
                        .facts())
            .toList();
    SupplierIndex reversed = new SupplierIndex();
    for (int i = firms.size() - 1; i >= 0; i--) {
      reversed.put(firms.get(i));
    }
    firms.forEach(index::put);
    NeedFacts need = need(200_000, 0, BUILDING, ELECTRICAL, PLUMBING);

    PartnershipSearch.Result first = search.propose(need, 8);
    PartnershipSearch.Result second =
        new PartnershipSearch(reversed, MatchingPolicy.defaults()).propose(need, 8);

    assertTrue(first.proposals().size() >= 3, teams(first).toString());
    assertEquals(teams(first), teams(second));
    assertEquals(
        first.proposals().stream().map(Proposal::score).toList(),
        second.proposals().stream().map(Proposal::score).toList());
    assertSound(need, first);
  }

  @Test
  void aNeedWithMoreRequirementsThanTheSearchCanTellApartIsRefused() {
    int[] codes = IntStream.range(0, 60).map(i -> 45_000_000 + i * 10_000).toArray();
    NeedFacts need = new NeedFacts(codes, 0b11_1111_1111, NIJMEGEN, 100_000, 0, 0, false);

    assertThrows(IllegalArgumentException.class, () -> search.propose(need, 5));
  }

  private static NeedFacts need(long value, int strategies, int... codes) {
    return new NeedFacts(codes, strategies, NIJMEGEN, value, 0, 0, false);
  }

  private static List<List<Long>> teams(PartnershipSearch.Result result) {
    return result.proposals().stream()
        .map(p -> p.members().stream().map(Member::supplierId).sorted().toList())
        .toList();
  }

  private static Member member(Proposal proposal, long supplierId) {
    return proposal.members().stream()
        .filter(m -> m.supplierId() == supplierId)
        .findFirst()
        .orElseThrow();
  }

  private static ProposalPart part(Proposal proposal, ProposalFactor factor) {
    return proposal.explanation().stream()
        .filter(p -> p.factor() == factor)
        .findFirst()
        .orElseThrow();
  }

  /**
   * What every proposal must be, checked from the firms' facts: two to four members, the lead
   * first, every code and strategy covered as claimed, capacity enough, nobody redundant, fallbacks
   * from outside, and parts that add up.
   */
  private void assertSound(NeedFacts need, PartnershipSearch.Result result) {
    int[] codes = Arrays.stream(need.cpvCodes()).distinct().toArray();
    for (Proposal proposal : result.proposals()) {
      List<Member> members = proposal.members();
      assertTrue(members.size() >= 2 && members.size() <= 4, "size " + members.size());
      assertEquals(Member.Role.LEAD, members.get(0).role());
      assertTrue(members.stream().skip(1).allMatch(m -> m.role() == Member.Role.MEMBER));
      List<SupplierFacts> firms =
          members.stream().map(m -> index.get(m.supplierId()).orElseThrow()).toList();
      for (int i = 0; i < members.size(); i++) {
        SupplierFacts firm = firms.get(i);
        for (int code : members.get(i).coveredCodes()) {
          assertTrue(
              Arrays.stream(firm.cpvCodes()).anyMatch(c -> CpvDepth.between(code, c) >= 3),
              firm.id() + " covers " + code);
        }
        assertEquals(0, members.get(i).coveredStrategies() & ~firm.rStrategies());
        assertTrue(members.get(i).fallbacks().size() <= 2);
        for (long fallback : members.get(i).fallbacks()) {
          assertTrue(members.stream().noneMatch(m -> m.supplierId() == fallback));
        }
      }
      assertTrue(complete(need, codes, members, firms, -1), "covers all and carries the value");
      for (int left = 0; left < members.size(); left++) {
        assertFalse(complete(need, codes, members, firms, left), "member " + left + " redundant");
      }
      double sum = proposal.explanation().stream().mapToDouble(ProposalPart::contribution).sum();
      assertEquals(proposal.score(), sum, 1e-12);
    }
  }

  private static boolean complete(
      NeedFacts need, int[] codes, List<Member> members, List<SupplierFacts> firms, int leftOut) {
    long capacity = 0;
    int strategies = 0;
    java.util.Set<Integer> covered = new java.util.HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (i != leftOut) {
        capacity += MatchScorer.capacityOf(firms.get(i));
        strategies |= members.get(i).coveredStrategies();
        Arrays.stream(members.get(i).coveredCodes()).forEach(covered::add);
      }
    }
    return capacity >= need.value()
        && strategies == need.rStrategies()
        && Arrays.stream(codes).allMatch(covered::contains);
  }
}
