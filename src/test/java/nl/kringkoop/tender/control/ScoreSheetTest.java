package nl.kringkoop.tender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.tender.control.ScoreSheet.MemberScore;
import nl.kringkoop.tender.control.ScoreSheet.Offer;
import nl.kringkoop.tender.control.ScoreSheet.Result;
import org.junit.jupiter.api.Test;

class ScoreSheetTest {

  private static final List<String> CRITERIA = List.of("Visie", "Innovatie");
  private static final List<Integer> WEIGHTS = List.of(40, 20);
  private static final Set<String> COMMITTEE = Set.of("anna", "bart");

  @Test
  void consensusIsTheMeanOfTheMembersAndTheTotalWeighsEveryScore() {
    ScoreSheet sheet =
        new ScoreSheet(
            CRITERIA,
            WEIGHTS,
            40,
            COMMITTEE,
            List.of(offer(1, "100000"), offer(2, "80000")),
            List.of(
                score(1, 0, "anna", "8"),
                score(1, 0, "bart", "7"),
                score(1, 1, "anna", "6"),
                score(1, 1, "bart", "6"),
                score(2, 0, "anna", "5"),
                score(2, 0, "bart", "5"),
                score(2, 1, "anna", "4"),
                score(2, 1, "bart", "5")));

    assertTrue(sheet.isComplete());
    List<Result> results = sheet.results();
    Result first = results.get(0);
    // offer 1: 7.5 x 40% + 6 x 20% + (10 x 80000/100000 = 8) x 40% = 30 + 12 + 32 = 74
    assertEquals(1, first.responseId());
    assertEquals(Optional.of(new BigDecimal("7.50")), first.consensus().get(0));
    assertEquals(new BigDecimal("8.00"), first.priceScore());
    assertEquals(new BigDecimal("74.00"), first.total());
    assertEquals(1, first.rank());
    // offer 2: 5 x 40% + 4.5 x 20% + 10 x 40% = 20 + 9 + 40 = 69
    assertEquals(new BigDecimal("69.00"), results.get(1).total());
    assertEquals(2, results.get(1).rank());
  }

  @Test
  void aMissingScoreOfOneMemberLeavesTheSheetIncomplete() {
    ScoreSheet sheet =
        new ScoreSheet(
            CRITERIA,
            WEIGHTS,
            40,
            COMMITTEE,
            List.of(offer(1, "100000")),
            List.of(score(1, 0, "anna", "8"), score(1, 0, "bart", "7"), score(1, 1, "anna", "6")));

    assertFalse(sheet.isComplete());
  }

  @Test
  void scoresOfSomeoneOutsideTheCommitteeDoNotCount() {
    ScoreSheet sheet =
        new ScoreSheet(
            List.of("Visie"),
            List.of(60),
            40,
            Set.of("anna"),
            List.of(offer(1, "50000")),
            List.of(score(1, 0, "anna", "6"), score(1, 0, "mallory", "10")));

    assertEquals(Optional.of(new BigDecimal("6.00")), sheet.results().get(0).consensus().get(0));
  }

  @Test
  void lotsAreRankedSeparatelyAndEqualTotalsFavourTheLowerPrice() {
    ScoreSheet sheet =
        new ScoreSheet(
            List.of(),
            List.of(),
            100,
            Set.of("anna"),
            List.of(
                new Offer(1, 10L, new BigDecimal("100")),
                new Offer(2, 10L, new BigDecimal("100")),
                new Offer(3, 20L, new BigDecimal("500"))),
            List.of());

    List<Result> results = sheet.results();
    assertEquals(List.of(1L, 2L, 3L), results.stream().map(Result::responseId).toList());
    assertEquals(List.of(1, 2, 1), results.stream().map(Result::rank).toList());
    assertEquals(new BigDecimal("100.00"), results.get(2).total(), "alone in its lot");
  }

  @Test
  void withoutOffersOrCommitteeNothingIsComplete() {
    assertFalse(
        new ScoreSheet(CRITERIA, WEIGHTS, 40, COMMITTEE, List.of(), List.of()).isComplete());
    assertFalse(
        new ScoreSheet(CRITERIA, WEIGHTS, 40, Set.of(), List.of(offer(1, "1")), List.of())
            .isComplete());
  }

  private static Offer offer(long id, String price) {
    return new Offer(id, null, new BigDecimal(price));
  }

  private static MemberScore score(long id, int criterion, String member, String value) {
    return new MemberScore(id, criterion, member, new BigDecimal(value));
  }
}
