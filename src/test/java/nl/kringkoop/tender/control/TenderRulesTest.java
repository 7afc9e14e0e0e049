package nl.kringkoop.tender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.Tender;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenderRulesTest {

  private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
  private static TenderRules rules;

  @BeforeAll
  static void rulesWithTheShippedCpvList() throws Exception {
    try (InputStream csv = TenderRulesTest.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      CpvList list = CpvList.read(csv);
      rules = new TenderRules(list::resolve, code -> code.value().equals("GM0268"));
    }
  }

  static NeedForm complete() {
    NeedForm form = new NeedForm();
    form.title = "Circulair buurthuis";
    form.ambition = "Een buurthuis van hergebruikte bouwdelen";
    form.purchaseKind = "works";
    form.location = "gm0268";
    form.cpvCodes = List.of("45210000-2");
    form.rStrategies = List.of("R3");
    form.maxBudget = Money.euros(new BigDecimal("180000"));
    form.priceWeight = 40;
    form.criteria = new ArrayList<>(List.of(new NeedForm.CriterionEntry("Visie", 60)));
    form.entryDeadline = NOW.plus(Duration.ofDays(7)).toString();
    form.offerDeadline = NOW.plus(Duration.ofDays(21)).toString();
    return form;
  }

  @Test
  void aCompleteNeedCanBePublished() {
    assertEquals(List.of(), problems(complete(), null));
  }

  @Test
  void aDraftMayBeIncompleteButEveryWrongFormIsReportedAtOnce() {
    NeedForm form = new NeedForm();
    form.title = " ";
    form.location = "Nijmegen";
    form.cpvCodes = List.of("45210000-3", "1234");
    form.maxBudget = Money.euros(new BigDecimal("-1"));
    form.priceWeight = 0;
    form.rStrategies = List.of("R12");
    form.entryDeadline = "volgende week";
    form.purchaseKind = "DIENSTEN";

    ProblemException problem = assertThrows(ProblemException.class, () -> rules.describe(form));

    assertEquals(
        List.of(
            "title",
            "purchaseKind",
            "location",
            "maxBudget",
            "priceWeight",
            "cpvCodes[0]",
            "cpvCodes[1]",
            "rStrategies[0]",
            "entryDeadline"),
        fields(problem.invalidFields()));
  }

  @Test
  void withoutCeilingOrPriceCriterionNothingIsPublished() {
    NeedForm form = complete();
    form.maxBudget = null;
    form.priceWeight = null;

    assertEquals(List.of("maxBudget", "priceWeight", "criteria"), problems(form, null));
  }

  @Test
  void weightsMustAddUpToAHundred() {
    NeedForm form = complete();
    form.priceWeight = 30;

    List<InvalidField> errors = publishErrors(form, null);

    assertEquals(List.of("criteria"), fields(errors));
    assertEquals("tender.publish.weightsTotal", errors.get(0).messageKey());
    assertEquals(90, errors.get(0).args()[0]);
  }

  @Test
  void lotsTogetherMayNotExceedTheTendersCeilingAndEachNeedsItsOwn() {
    NeedForm form = complete();
    form.lots = List.of(lot("Stoelen", "120000"), lot("Bureaus", "90000"), lot("Kasten", null));

    assertEquals(List.of("lots[2].maxBudget", "lots"), problems(form, null));
  }

  @Test
  void theTimelineMustBeInOrderAndInTheFuture() {
    NeedForm form = complete();
    form.entryDeadline = NOW.minusSeconds(1).toString();
    form.offerDeadline = NOW.minus(Duration.ofDays(1)).toString();
    form.dialogueStart = "2027-03-05T10:00";
    form.dialogueEnd = "2027-03-04T10:00";

    assertEquals(
        List.of("entryDeadline", "offerDeadline", "dialogueEnd", "dialogueEnd"),
        problems(form, null));
  }

  @Test
  void aLocalTimeWithoutOffsetIsDutchTime() {
    NeedForm form = complete();
    form.entryDeadline = "2027-07-01T12:00";

    Tender tender = tender(form);

    assertEquals(Instant.parse("2027-07-01T10:00:00Z"), tender.entryDeadline().orElseThrow());
  }

  @Test
  void aboveTheEuThresholdOnlyAEuropeanProcedureMayBeChosen() {
    NeedForm form = complete();
    form.procedureType = "NATIONAL_OPEN";
    ProcedureAdvice european =
        ProcedureAdvice.of(
            ProcedureLevel.EUROPEAN, new BigDecimal("216000"), LocalDate.of(2026, 1, 1), List.of());

    assertEquals(List.of("procedureType"), problems(form, european));

    form.procedureType = "EUROPEAN_OPEN";
    assertEquals(List.of(), problems(form, european));
  }

  @Test
  void theEstimateCannotExceedTheCeiling() {
    NeedForm form = complete();
    form.estimatedValue = Money.euros(new BigDecimal("180000.01"));

    assertEquals(List.of("estimatedValue"), problems(form, null));
  }

  private static NeedForm.LotEntry lot(String title, String ceiling) {
    NeedForm.LotEntry lot = new NeedForm.LotEntry();
    lot.title = title;
    lot.cpvCodes = List.of("39100000");
    lot.maxBudget = ceiling == null ? null : Money.euros(new BigDecimal(ceiling));
    return lot;
  }

  private static List<String> problems(NeedForm form, ProcedureAdvice advice) {
    return fields(publishErrors(form, advice));
  }

  private static List<InvalidField> publishErrors(NeedForm form, ProcedureAdvice advice) {
    return rules.publishable(tender(form), advice, NOW).errors();
  }

  private static Tender tender(NeedForm form) {
    Organisation buyer =
        Organisation.municipality(new MunicipalityCode("GM0268"), "Gemeente Nijmegen", NOW);
    return new Tender(buyer, "officer", rules.describe(form), NOW);
  }

  private static List<String> fields(List<InvalidField> errors) {
    assertTrue(errors.stream().allMatch(e -> e.messageKey() != null));
    return errors.stream().map(InvalidField::field).toList();
  }
}
