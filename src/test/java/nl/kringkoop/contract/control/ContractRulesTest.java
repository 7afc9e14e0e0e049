package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.control.ContractForm.PartyEntry;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContractRulesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
  private static final long TENDER = 40;
  private static final long OTHER_BUYERS_TENDER = 41;
  private static final Set<Long> SUPPLIERS = Set.of(1L, 2L, 3L, 4L, 5L);

  private final ContractRules rules =
      new ContractRules(
          SUPPLIERS::contains,
          reference -> reference.equalsIgnoreCase("INK-2026-001"),
          tender ->
              tender == TENDER ? Optional.of(Set.of(400L, 401L)) : Optional.<Set<Long>>empty());

  @Test
  void aConsortiumOfTwoFirmsSharing60And40IsAnAgreement() {
    ContractRules.Agreement agreement =
        rules.agreement(form(party(1, "LEAD", "60"), party(2, "MEMBER", "40")), NOW);

    assertEquals("INK-2026-077", agreement.terms().reference());
    assertEquals(new BigDecimal("125000.50"), agreement.terms().value());
    assertEquals(RStrategy.R3, agreement.terms().rStrategy());
    assertEquals(LocalDate.parse("2026-04-01"), agreement.terms().startsOn());
    assertEquals(NOW, agreement.terms().signedAt(), "signed now unless said otherwise");
    assertEquals(
        List.of(
            new ContractRules.Party(1, PartyRole.LEAD, new BigDecimal("60.00")),
            new ContractRules.Party(2, PartyRole.MEMBER, new BigDecimal("40.00"))),
        agreement.parties());
    assertNull(agreement.tenderId());
  }

  @Test
  void oneFirmAloneIsTheSoleContractorWith100() {
    ContractForm form = form(party(3, "sole", "100"));
    form.signedAt = "2026-02-27T14:30:00+01:00";
    form.rStrategy = null;
    form.tenderId = TENDER;
    form.lotIds = List.of(401L);

    ContractRules.Agreement agreement = rules.agreement(form, NOW);

    assertEquals(PartyRole.SOLE, agreement.parties().get(0).role());
    assertEquals(Instant.parse("2026-02-27T13:30:00Z"), agreement.terms().signedAt());
    assertNull(agreement.terms().rStrategy());
    assertEquals(Set.of(401L), agreement.lotIds());
  }

  @Test
  void sharesMayHaveTwoDecimalsAndALeadMayHaveThreeMembers() {
    ContractRules.Agreement agreement =
        rules.agreement(
            form(
                party(1, "LEAD", "25.01"),
                party(2, "MEMBER", "25.33"),
                party(3, "MEMBER", "24.33"),
                party(4, "MEMBER", "25.33")),
            NOW);

    assertEquals(4, agreement.parties().size());
  }

  static Stream<Arguments> wrongAgreements() {
    return Stream.of(
        wrong("shares add up to 90", f -> f.parties = parties("50", "40"), "shares"),
        wrong("shares add up to 110", f -> f.parties = parties("60", "50"), "shares"),
        wrong("no parties", f -> f.parties = List.of(), "parties"),
        wrong("parties left out", f -> f.parties = null, "parties"),
        wrong(
            "five firms",
            f ->
                f.parties =
                    List.of(
                        party(1, "LEAD", "20"),
                        party(2, "MEMBER", "20"),
                        party(3, "MEMBER", "20"),
                        party(4, "MEMBER", "20"),
                        party(5, "MEMBER", "20")),
            "parties"),
        wrong(
            "a firm named twice",
            f -> f.parties = List.of(party(1, "LEAD", "60"), party(1, "MEMBER", "40")),
            "parties[1].supplierId"),
        wrong(
            "not an active supplier",
            f -> f.parties = List.of(party(9, "LEAD", "60"), party(2, "MEMBER", "40")),
            "parties[0].supplierId"),
        wrong(
            "a firm without id",
            f -> f.parties = List.of(party(null, "SOLE", "100")),
            "parties[0].supplierId"),
        wrong(
            "an unknown role",
            f -> f.parties = List.of(party(1, "BOSS", "60"), party(2, "MEMBER", "40")),
            "parties[0].role"),
        wrong("a share of 0", f -> f.parties = parties("100", "0"), "parties[1].sharePercent"),
        wrong(
            "a share with three decimals",
            f -> f.parties = parties("60.001", "39.999"),
            "parties[0].sharePercent",
            "parties[1].sharePercent"),
        wrong(
            "a share over 100",
            f -> f.parties = List.of(party(1, "SOLE", "100.01")),
            "parties[0].sharePercent"),
        wrong(
            "a sole contractor with less than 100",
            f -> f.parties = List.of(party(1, "SOLE", "60")),
            "shares"),
        wrong(
            "a sole contractor with a partner",
            f -> f.parties = List.of(party(1, "SOLE", "60"), party(2, "MEMBER", "40")),
            "parties"),
        wrong(
            "two leads",
            f -> f.parties = List.of(party(1, "LEAD", "60"), party(2, "LEAD", "40")),
            "parties"),
        wrong(
            "members without a lead",
            f -> f.parties = List.of(party(1, "MEMBER", "60"), party(2, "MEMBER", "40")),
            "parties"),
        wrong("a lead alone", f -> f.parties = List.of(party(1, "LEAD", "100")), "parties"),
        wrong("no reference", f -> f.reference = " ", "reference"),
        wrong("a reference of 61 characters", f -> f.reference = "R".repeat(61), "reference"),
        wrong("a reference in use", f -> f.reference = "ink-2026-001", "reference"),
        wrong("no title", f -> f.title = null, "title"),
        wrong("a title of 201 characters", f -> f.title = "T".repeat(201), "title"),
        wrong("no department", f -> f.department = "", "department"),
        wrong("a department of 121", f -> f.department = "D".repeat(121), "department"),
        wrong("no value", f -> f.value = null, "value"),
        wrong("a value of 0", f -> f.value = euros("0"), "value"),
        wrong("a negative value", f -> f.value = euros("-10"), "value"),
        wrong("a value with cents of cents", f -> f.value = euros("10.005"), "value"),
        wrong("a value in dollars", f -> f.value = new Money(new BigDecimal("10"), "USD"), "value"),
        wrong("an unknown strategy", f -> f.rStrategy = "R12", "rStrategy"),
        wrong("no start", f -> f.startsOn = null, "startsOn"),
        wrong("a start that is no date", f -> f.startsOn = "1-4-2026", "startsOn"),
        wrong("an end before the start", f -> f.endsOn = "2026-03-31", "endsOn"),
        wrong("a signing time that is no time", f -> f.signedAt = "gisteren", "signedAt"),
        wrong("another buyer's tender", f -> f.tenderId = OTHER_BUYERS_TENDER, "tenderId"),
        wrong(
            "a lot of another tender",
            f -> {
              f.tenderId = TENDER;
              f.lotIds = List.of(400L, 999L);
            },
            "lotIds[1]"),
        wrong("lots without their tender", f -> f.lotIds = List.of(400L), "lotIds"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongAgreements")
  void everyMistakeIsReportedByField(String why, Consumer<ContractForm> mistake, List<String> at) {
    ContractForm form = form(party(1, "LEAD", "60"), party(2, "MEMBER", "40"));
    mistake.accept(form);

    ProblemException refused =
        assertThrows(ProblemException.class, () -> rules.agreement(form, NOW));

    assertEquals(at, fields(refused));
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    ContractForm form = form(party(1, "LEAD", "50"), party(2, "MEMBER", "40"));
    form.title = null;
    form.value = euros("0");
    form.endsOn = "2026-01-01";

    ProblemException refused =
        assertThrows(ProblemException.class, () -> rules.agreement(form, NOW));

    assertEquals(List.of("title", "value", "endsOn", "shares"), fields(refused));
    assertEquals("90", refused.invalidFields().get(3).args()[0], "the total is told");
  }

  @Test
  void aChangeKeepsTheSigningTimeWhenItIsLeftOut() {
    ContractForm form = form();
    form.signedAt = null;
    Instant signedBefore = Instant.parse("2025-12-01T10:00:00Z");

    assertEquals(signedBefore, rules.change(form, signedBefore).signedAt());
  }

  @Test
  void aChangeChecksTheTermsOnly() {
    ContractForm form = form();
    form.parties = null;
    form.reference = "INK-2026-001";

    ProblemException refused = assertThrows(ProblemException.class, () -> rules.change(form, NOW));

    assertEquals(List.of("reference"), fields(refused));
  }

  @Test
  void anAwardNeedsDepartmentAndPeriod() {
    AwardForm award = new AwardForm();
    award.department = "Vastgoed";
    award.startsOn = "2026-05-01";
    award.endsOn = "2027-04-30";
    award.rStrategy = "r4";

    ContractRules.AwardTerms terms = rules.award(award);

    assertEquals(RStrategy.R4, terms.rStrategy());
    assertEquals(LocalDate.parse("2027-04-30"), terms.endsOn());

    award.department = null;
    award.endsOn = "2026-04-30";
    ProblemException refused = assertThrows(ProblemException.class, () -> rules.award(award));
    assertEquals(List.of("department", "endsOn"), fields(refused));
  }

  @Test
  void rolesAreConsistentForASoleFirmOrOneLeadWithMembers() {
    Map<List<PartyRole>, Boolean> cases =
        Map.of(
            List.of(PartyRole.SOLE), true,
            List.of(PartyRole.LEAD, PartyRole.MEMBER), true,
            List.of(PartyRole.MEMBER, PartyRole.LEAD, PartyRole.MEMBER), true,
            List.of(PartyRole.LEAD), false,
            List.of(PartyRole.SOLE, PartyRole.SOLE), false,
            List.of(PartyRole.SOLE, PartyRole.LEAD), false,
            List.of(PartyRole.MEMBER), false);
    cases.forEach(
        (roles, ok) -> assertEquals(ok, ContractRules.consistent(roles), roles::toString));
  }

  private static Arguments wrong(String why, Consumer<ContractForm> mistake, String... fields) {
    return Arguments.of(why, mistake, List.of(fields));
  }

  private static List<String> fields(ProblemException refused) {
    return refused.invalidFields().stream().map(ProblemException.InvalidField::field).toList();
  }

  static ContractForm form(PartyEntry... parties) {
    ContractForm form = new ContractForm();
    form.reference = " INK-2026-077 ";
    form.title = "Onderhoud groen met hergebruikte materialen";
    form.department = "Openbare ruimte";
    form.value = euros("125000.50");
    form.rStrategy = "R3";
    form.startsOn = "2026-04-01";
    form.endsOn = "2027-03-31";
    form.parties = List.of(parties);
    return form;
  }

  private static List<PartyEntry> parties(String lead, String member) {
    return List.of(party(1, "LEAD", lead), party(2, "MEMBER", member));
  }

  static PartyEntry party(Integer supplier, String role, String share) {
    return new PartyEntry(
        supplier == null ? null : supplier.longValue(), role, new BigDecimal(share));
  }

  private static Money euros(String amount) {
    return new Money(new BigDecimal(amount), "EUR");
  }
}
