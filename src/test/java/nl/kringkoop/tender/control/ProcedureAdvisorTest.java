package nl.kringkoop.tender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.tender.control.ProcedureAdvice.Reason;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcedureAdvisorTest {

  private static final LocalDate IN_2026 = LocalDate.of(2026, 3, 1);

  /** The shipped defaults, plus Nijmegen with its own, lower limits. */
  private final ProcedureAdvisor advisor =
      new ProcedureAdvisor(
          ThresholdsConfiguration.read(
              key ->
                  Optional.ofNullable(
                      Map.of(
                              "procurement.limits.GM0268.supplies.single-quote", "40000",
                              "procurement.limits.GM0268.supplies.multiple-quote", "140000",
                              "procurement.limits.GM0268.works.single-quote", "100000",
                              "procurement.limits.GM0268.works.multiple-quote", "1000000")
                          .get(key)),
              List.of("procurement.limits.GM0268.supplies.single-quote")));

  @ParameterizedTest(name = "{1} EUR {0} in {2}: {3}")
  @CsvSource({
    // supplies and services share one set of amounts; default limits 50k / 150k, EU 216k
    "0,          SUPPLIES, GM0999, SINGLE_QUOTE",
    "50000,      SUPPLIES, GM0999, SINGLE_QUOTE",
    "50000.01,   SUPPLIES, GM0999, MULTIPLE_QUOTE",
    "150000,     SUPPLIES, GM0999, MULTIPLE_QUOTE",
    "150000.01,  SUPPLIES, GM0999, NATIONAL",
    "215999.99,  SUPPLIES, GM0999, NATIONAL",
    "216000,     SUPPLIES, GM0999, EUROPEAN",
    "50000,      SERVICES, GM0999, SINGLE_QUOTE",
    "120000,     SERVICES, GM0999, MULTIPLE_QUOTE",
    "200000,     SERVICES, GM0999, NATIONAL",
    "216000,     SERVICES, GM0999, EUROPEAN",
    // works: default limits 150k / 1.5M, EU 5,404k
    "150000,     WORKS,    GM0999, SINGLE_QUOTE",
    "150000.01,  WORKS,    GM0999, MULTIPLE_QUOTE",
    "1500000,    WORKS,    GM0999, MULTIPLE_QUOTE",
    "1500000.01, WORKS,    GM0999, NATIONAL",
    "5403999.99, WORKS,    GM0999, NATIONAL",
    "5404000,    WORKS,    GM0999, EUROPEAN",
    // Nijmegen's own limits: supplies 40k / 140k, works 100k / 1M
    "45000,      SUPPLIES, GM0268, MULTIPLE_QUOTE",
    "40000,      SERVICES, GM0268, SINGLE_QUOTE",
    "145000,     SERVICES, GM0268, NATIONAL",
    "120000,     WORKS,    GM0268, MULTIPLE_QUOTE",
    "1200000,    WORKS,    GM0268, NATIONAL",
    "216000,     SUPPLIES, GM0268, EUROPEAN",
    // a municipality code is found whatever its case
    "45000,      SUPPLIES, gm0268, MULTIPLE_QUOTE",
  })
  void levelFollowsValueKindAndMunicipality(
      BigDecimal value, PurchaseKind kind, String municipality, ProcedureLevel expected) {
    ProcedureAdvice advice = advisor.advise(value, kind, municipality, IN_2026);
    assertEquals(expected, advice.level());
    assertEquals(ProcedureType.defaultFor(expected), advice.defaultType());
  }

  @ParameterizedTest(name = "{1} EUR {0} published {2}: {3} (threshold {4} from {5})")
  @CsvSource({
    "218000,  SUPPLIES, 2025-12-31, NATIONAL, 221000,  2024-01-01",
    "218000,  SUPPLIES, 2026-01-01, EUROPEAN, 216000,  2026-01-01",
    "221000,  SERVICES, 2025-12-31, EUROPEAN, 221000,  2024-01-01",
    "5500000, WORKS,    2025-12-31, NATIONAL, 5538000, 2024-01-01",
    "5500000, WORKS,    2026-01-01, EUROPEAN, 5404000, 2026-01-01",
    "5500000, WORKS,    2031-06-30, EUROPEAN, 5404000, 2026-01-01",
  })
  void theThresholdValidOnThePublicationDateApplies(
      BigDecimal value,
      PurchaseKind kind,
      LocalDate published,
      ProcedureLevel expected,
      BigDecimal threshold,
      LocalDate periodStart) {
    ProcedureAdvice advice = advisor.advise(value, kind, "GM0999", published);
    assertEquals(expected, advice.level());
    assertEquals(0, threshold.compareTo(advice.euThreshold()));
    assertEquals(periodStart, advice.thresholdPeriodStart());
  }

  @ParameterizedTest(name = "{1} EUR {0} in {2}: {3}")
  @CsvSource({
    "250000, SUPPLIES, GM0999, procedure.reason.eu.reached.suppliesServices",
    "6000000, WORKS,   GM0268, procedure.reason.eu.reached.works",
    "200000, SERVICES, GM0999, procedure.reason.eu.below.suppliesServices"
        + "|procedure.reason.multipleQuoteExceeded.suppliesServices.default",
    "120000, WORKS,    GM0268, procedure.reason.eu.below.works"
        + "|procedure.reason.singleQuoteExceeded.works.own",
    "10000,  SUPPLIES, GM0268, procedure.reason.eu.below.suppliesServices"
        + "|procedure.reason.singleQuoteWithin.suppliesServices.own",
  })
  void reasonsSayWhichRuleDecided(
      BigDecimal value, PurchaseKind kind, String municipality, String expectedKeys) {
    List<String> keys =
        advisor.advise(value, kind, municipality, IN_2026).reasons().stream()
            .map(Reason::messageKey)
            .toList();
    assertEquals(List.of(expectedKeys.split("\\|")), keys);
    for (String key : keys) {
      assertTrue(Messages.has(Locale.ENGLISH, key), key);
      assertTrue(Messages.has(Messages.DUTCH, key), key);
    }
  }

  @Test
  void reasonsReadAsSentencesInTheReadersLanguage() {
    ProcedureAdvice european =
        advisor.advise(new BigDecimal("250000"), PurchaseKind.SUPPLIES, "GM0999", IN_2026);
    assertEquals(
        "Estimated value EUR 250,000.00 is at or above the EU threshold of EUR 216,000.00 for"
            + " supplies and services valid from 2026-01-01, so a European procedure is required.",
        render(Locale.ENGLISH, european.reasons().get(0)));

    ProcedureAdvice national =
        advisor.advise(new BigDecimal("145000"), PurchaseKind.SERVICES, "GM0268", IN_2026);
    assertEquals(
        "Zij ligt boven de grens voor meervoudig onderhands van EUR 140.000,00 voor leveringen en"
            + " diensten in het inkoopbeleid van GM0268; een nationale procedure wordt"
            + " geadviseerd.",
        render(Messages.DUTCH, national.reasons().get(1)));
  }

  @Test
  void aDateBeforeEveryConfiguredPeriodIsRefusedWithTheEarliestStart() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                advisor.advise(
                    BigDecimal.TEN, PurchaseKind.WORKS, "GM0268", LocalDate.of(2023, 12, 31)));
    assertEquals("procedure.noEuThresholds", refused.detailKey());
  }

  @Test
  void aNegativeValueIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> advisor.advise(new BigDecimal("-1"), PurchaseKind.WORKS, "GM0268", IN_2026));
  }

  @Test
  void adviceAllowsTheAdvisedLevelAndHeavierOnly() {
    ProcedureAdvice national =
        advisor.advise(new BigDecimal("200000"), PurchaseKind.SERVICES, null, IN_2026);
    assertEquals(ProcedureLevel.NATIONAL, national.level());
    assertTrue(national.allows(ProcedureType.NATIONAL_RESTRICTED));
    assertTrue(national.allows(ProcedureType.EUROPEAN_OPEN));
    assertEquals(false, national.allows(ProcedureType.MULTIPLE_QUOTE));
  }

  private static String render(Locale locale, Reason reason) {
    return Messages.get(locale, reason.messageKey(), reason.args().toArray());
  }
}
