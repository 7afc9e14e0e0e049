package nl.kringkoop.partnership.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.tender.entity.NeedDescription;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderFixture;
import org.junit.jupiter.api.Test;

class ConsortiumTest {

  private static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");
  private static final Instant ENTRY_DEADLINE = T0.plus(Duration.ofDays(7));
  private static final Instant LATER = T0.plus(Duration.ofDays(1));

  private final Organisation lead = firm(1, "Rondebouw");
  private final Organisation sloop = firm(2, "Sloopwerk Nijmegen");
  private final Organisation herbouw = firm(3, "Herbouw Lent");
  private final Organisation hout = firm(4, "Houtkring");

  @Test
  void aProposedConsortiumHasItsLeadInAndItsPartnersInvited() {
    Consortium consortium = proposed();

    assertEquals(ConsortiumStatus.PROPOSED, consortium.status());
    assertEquals(Set.of(2L, 3L), consortium.partnerIds());
    assertEquals(InvitationStatus.ACCEPTED, consortium.member(1).orElseThrow().invitation());
    assertEquals(MemberRole.LEAD, consortium.member(1).orElseThrow().role());
    assertTrue(consortium.member(2).orElseThrow().isPending());
    assertTrue(consortium.isLedBy(1));
  }

  @Test
  void theLastAcceptanceFormsTheConsortium() {
    Consortium consortium = proposed();

    assertFalse(consortium.accept(2, LATER));
    assertEquals(ConsortiumStatus.PROPOSED, consortium.status());
    assertTrue(consortium.accept(3, LATER));

    assertEquals(ConsortiumStatus.FORMED, consortium.status());
    assertEquals(LATER, consortium.member(3).orElseThrow().answeredAt().orElseThrow());
  }

  @Test
  void anInvitationIsAnsweredOnce() {
    Consortium consortium = proposed();
    consortium.accept(2, LATER);

    refused(() -> consortium.accept(2, LATER), ProblemType.CONFLICT, "consortium.refused.answered");
    refused(
        () -> consortium.decline(2, null, LATER),
        ProblemType.CONFLICT,
        "consortium.refused.answered");
    refused(() -> consortium.accept(1, LATER), ProblemType.CONFLICT, "consortium.refused.answered");
    assertEquals(
        ProblemType.NOT_FOUND,
        assertThrows(ProblemException.class, () -> consortium.accept(4, LATER)).type());
  }

  @Test
  void aDeclineKeepsItProposedUntilTheLeadInvitesAnotherFirmWithNewShares() {
    Consortium consortium = proposed();
    consortium.accept(2, LATER);
    consortium.decline(3, "Geen capaciteit", LATER);

    assertEquals(ConsortiumStatus.PROPOSED, consortium.status());
    assertEquals(
        "Geen capaciteit", consortium.member(3).orElseThrow().declineReason().orElseThrow());
    refused(
        () -> consortium.replace(2, invitation(hout, "20"), Map.of(), LATER),
        ProblemType.CONFLICT,
        "consortium.refused.notDeclined");

    consortium.replace(3, invitation(hout, "25"), Map.of(1L, new BigDecimal("45")), LATER);

    assertEquals(Set.of(2L, 4L), consortium.partnerIds());
    assertEquals(new BigDecimal("45.00"), consortium.member(1).orElseThrow().sharePercent());
    assertTrue(consortium.member(4).orElseThrow().isPending());
    assertTrue(consortium.accept(4, LATER));
  }

  @Test
  void sharesThatDoNotAddUpTo100AreRefusedOnEveryChange() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                new Consortium(tender(), lead, share("50"), List.of(invitation(sloop, "40")), T0));
    assertEquals("shares", refused.invalidFields().get(0).field());

    Consortium consortium = proposed();
    consortium.decline(3, null, LATER);
    assertThrows(
        ProblemException.class,
        () -> consortium.replace(3, invitation(hout, "25"), Map.of(), LATER));
  }

  @Test
  void aDissolvedConsortiumTakesNoMoreAnswers() {
    Consortium consortium = proposed();
    consortium.dissolve(LATER);

    assertEquals(ConsortiumStatus.DISSOLVED, consortium.status());
    refused(
        () -> consortium.accept(2, LATER),
        ProblemType.PHASE_CONFLICT,
        "consortium.refused.dissolved");
    refused(
        () -> consortium.dissolve(LATER),
        ProblemType.PHASE_CONFLICT,
        "consortium.refused.dissolved");
  }

  @Test
  void nothingChangesAfterTheEntryDeadline() {
    Consortium consortium = proposed();

    refused(
        () -> consortium.accept(2, ENTRY_DEADLINE),
        ProblemType.DEADLINE_PASSED,
        "consortium.refused.entryClosed");
    refused(
        () -> consortium.dissolve(ENTRY_DEADLINE),
        ProblemType.DEADLINE_PASSED,
        "consortium.refused.entryClosed");
    refused(
        () ->
            new Consortium(
                tender(), lead, share("50"), List.of(invitation(sloop, "50")), ENTRY_DEADLINE),
        ProblemType.DEADLINE_PASSED,
        "consortium.refused.entryClosed");
  }

  /** Lead 50%, Sloopwerk 30%, Herbouw 20%. */
  private Consortium proposed() {
    return new Consortium(
        tender(),
        lead,
        share("50"),
        List.of(invitation(sloop, "30"), invitation(herbouw, "20")),
        T0);
  }

  private static Consortium.Invitation invitation(Organisation firm, String percent) {
    return new Consortium.Invitation(firm, share(percent));
  }

  private static WorkShare share(String percent) {
    return new WorkShare("Een deel van het werk", new BigDecimal(percent));
  }

  private static void refused(Runnable change, ProblemType type, String key) {
    ProblemException refused = assertThrows(ProblemException.class, change::run);
    assertEquals(type, refused.type());
    assertEquals(key, refused.detailKey());
  }

  private static Tender tender() {
    Organisation buyer =
        Organisation.municipality(new MunicipalityCode("GM0268"), "Gemeente Nijmegen", T0);
    NeedDescription need = TenderFixture.need(ENTRY_DEADLINE, T0.plus(Duration.ofDays(21)));
    Tender tender = new Tender(buyer, "officer", need, T0);
    tender.publish(ProcedureType.MULTIPLE_QUOTE, T0);
    return tender;
  }

  private static Organisation firm(long id, String name) {
    return Firms.withId(id, name);
  }
}
