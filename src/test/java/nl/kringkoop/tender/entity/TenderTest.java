package nl.kringkoop.tender.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.entity.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TenderTest {

  private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
  private static final Instant ENTRY = T0.plus(Duration.ofDays(7));
  private static final Instant OFFER = T0.plus(Duration.ofDays(21));
  private static final PhaseFacts NOTHING = new PhaseFacts(0, 0, false, 0, false, false, false);
  private static final PhaseFacts ALL_DONE = new PhaseFacts(2, 2, true, 2, true, false, false);

  @Test
  void aPublishedTenderAcceptsEntriesUntilItsDeadlineAndThenMovesOn() {
    Tender tender = published();

    assertTrue(tender.acceptsEntries(ENTRY.minusSeconds(1)));
    assertFalse(tender.acceptsEntries(ENTRY));
    assertTrue(tender.acceptsQuestions(ENTRY));
    refused(
        () -> tender.advance(TenderStatus.SELECTION, ALL_DONE, ENTRY.minusSeconds(1)),
        "tender.refused.entryPhaseOpen");
    refused(
        () -> tender.advance(TenderStatus.SELECTION, NOTHING, ENTRY), "tender.refused.noPitches");

    tender.advance(TenderStatus.SELECTION, ALL_DONE, ENTRY);

    assertEquals(TenderStatus.SELECTION, tender.status());
    assertEquals(ENTRY, tender.statusChangedAt());
  }

  @Test
  void phasesCannotBeSkippedNorRepeated() {
    Tender tender = published();

    refused(
        () -> tender.advance(TenderStatus.DIALOGUE, ALL_DONE, ENTRY), "tender.refused.transition");
    refused(() -> tender.publish(ProcedureType.MULTIPLE_QUOTE, T0), "tender.refused.transition");
    assertEquals(TenderStatus.PUBLISHED, tender.status());
  }

  @Test
  void theWholeProcedureRunsWhenEveryConditionHolds() {
    Tender tender = published();
    tender.advance(TenderStatus.SELECTION, ALL_DONE, ENTRY);
    refused(
        () -> tender.advance(TenderStatus.DIALOGUE, NOTHING, ENTRY), "tender.refused.noneSelected");
    tender.advance(TenderStatus.DIALOGUE, ALL_DONE, ENTRY);
    refused(
        () -> tender.advance(TenderStatus.OFFERS, NOTHING, ENTRY),
        "tender.refused.dialoguesUnbalanced");
    tender.advance(TenderStatus.OFFERS, ALL_DONE, ENTRY);
    assertTrue(tender.acceptsOffers(OFFER.minusSeconds(1)));
    assertTrue(tender.offersSealed(OFFER.minusSeconds(1)));
    assertFalse(tender.offersSealed(OFFER));
    refused(
        () -> tender.advance(TenderStatus.EVALUATION, ALL_DONE, OFFER.minusSeconds(1)),
        "tender.refused.offerPhaseOpen");
    tender.advance(TenderStatus.EVALUATION, ALL_DONE, OFFER);
    assertEquals(OFFER, tender.offersOpenedAt().orElseThrow());
    refused(
        () -> tender.intendAward("r", NOTHING, Duration.ofDays(20), OFFER),
        "tender.refused.scoresIncomplete");
    tender.intendAward("Beste prijs-kwaliteit", ALL_DONE, Duration.ofDays(20), OFFER);
    Instant standstillEnd = OFFER.plus(Duration.ofDays(20));
    assertEquals(standstillEnd, tender.standstillEndsAt().orElseThrow());
    refused(
        () -> tender.advance(TenderStatus.AWARDED, ALL_DONE, standstillEnd.minusSeconds(1)),
        "tender.refused.standstillRunning");
    refused(
        () ->
            tender.advance(
                TenderStatus.AWARDED,
                new PhaseFacts(2, 2, true, 2, true, true, false),
                standstillEnd),
        "tender.refused.complaintPending");

    tender.advance(TenderStatus.AWARDED, ALL_DONE, standstillEnd);

    assertEquals(TenderStatus.AWARDED, tender.status());
    refused(() -> tender.cancel("te laat", standstillEnd), "tender.refused.closed");
  }

  @Test
  void anUpheldComplaintStopsTheAwardAndTakesTheTenderBackToTheEvaluation() {
    Tender tender = published();
    tender.advance(TenderStatus.SELECTION, ALL_DONE, ENTRY);
    tender.advance(TenderStatus.DIALOGUE, ALL_DONE, ENTRY);
    tender.advance(TenderStatus.OFFERS, ALL_DONE, ENTRY);
    tender.advance(TenderStatus.EVALUATION, ALL_DONE, OFFER);
    tender.intendAward("Eerste besluit", ALL_DONE, Duration.ofDays(20), OFFER);
    Instant later = OFFER.plus(Duration.ofDays(30));
    PhaseFacts upheld = new PhaseFacts(2, 2, true, 2, true, false, true);
    refused(
        () -> tender.advance(TenderStatus.EVALUATION, ALL_DONE, later),
        "tender.refused.noUpheldComplaint");
    refused(
        () -> tender.advance(TenderStatus.AWARDED, upheld, later),
        "tender.refused.complaintUpheld");

    tender.advance(TenderStatus.EVALUATION, upheld, later);

    assertEquals(TenderStatus.EVALUATION, tender.status());
    assertTrue(tender.standstillEndsAt().isEmpty());
    assertTrue(tender.awardReason().isEmpty());
  }

  @Test
  void offersCannotOpenForSubmissionOnceTheirDeadlineHasPassed() {
    Tender tender = published();
    tender.advance(TenderStatus.SELECTION, ALL_DONE, ENTRY);
    tender.advance(TenderStatus.DIALOGUE, ALL_DONE, ENTRY);

    refused(
        () -> tender.advance(TenderStatus.OFFERS, ALL_DONE, OFFER),
        "tender.refused.offerDeadlinePast");
  }

  @ParameterizedTest
  @EnumSource(
      value = TenderStatus.class,
      names = {"AWARDED", "CANCELLED"},
      mode = EnumSource.Mode.EXCLUDE)
  void everyOpenPhaseCanBeCancelledWithAReason(TenderStatus phase) {
    assertTrue(phase.allows(TenderStatus.CANCELLED));
  }

  @Test
  void aPublishedNeedKeepsItsTerms() {
    Tender tender = published();

    refused(() -> tender.describe(need(ENTRY, OFFER), T0), "tender.refused.notDraft");
  }

  @Test
  void aDraftCannotBePublishedWithAnEntryDeadlineThatHasPassed() {
    Tender draft = new Tender(buyer(), "officer", need(ENTRY, OFFER), T0);

    refused(
        () -> draft.publish(ProcedureType.MULTIPLE_QUOTE, ENTRY),
        "tender.refused.entryDeadlinePast");
    assertEquals(TenderStatus.DRAFT, draft.status());
  }

  @Test
  void theCreatorSitsOnTheCommitteeUntilOthersAreAppointed() {
    Tender draft = new Tender(buyer(), "officer", need(ENTRY, OFFER), T0);
    assertEquals(Set.of("officer"), draft.committee());

    draft.appointCommittee(Set.of("anna", "bart"));

    assertEquals(Set.of("anna", "bart"), draft.committee());
  }

  private static Tender published() {
    Tender tender = new Tender(buyer(), "officer", need(ENTRY, OFFER), T0);
    tender.publish(ProcedureType.MULTIPLE_QUOTE, T0);
    return tender;
  }

  static Organisation buyer() {
    return Organisation.municipality(new MunicipalityCode("GM0268"), "Gemeente Nijmegen", T0);
  }

  static NeedDescription need(Instant entry, Instant offer) {
    return TenderFixture.need(entry, offer);
  }

  private static void refused(Runnable step, String key) {
    ProblemException problem = assertThrows(ProblemException.class, step::run);
    assertEquals(ProblemType.PHASE_CONFLICT, problem.type());
    assertEquals(key, problem.detailKey());
  }
}
