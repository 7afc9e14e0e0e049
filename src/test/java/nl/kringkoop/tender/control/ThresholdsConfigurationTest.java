package nl.kringkoop.tender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.tender.control.ProcurementThresholds.EuPeriod;
import nl.kringkoop.tender.control.ProcurementThresholds.QuoteLimits;
import nl.kringkoop.tender.entity.PurchaseKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdsConfigurationTest {

  @Test
  void withoutConfigurationTheDocumentedDefaultsApply() {
    ProcurementThresholds thresholds = read(Map.of());

    assertEquals(
        List.of(
            new EuPeriod(LocalDate.of(2024, 1, 1), amount("221000"), amount("5538000")),
            new EuPeriod(LocalDate.of(2026, 1, 1), amount("216000"), amount("5404000"))),
        thresholds.euPeriods());
    assertEquals(
        new QuoteLimits(amount("50000"), amount("150000")),
        thresholds.defaultPolicy().of(PurchaseKind.SERVICES));
    assertEquals(
        new QuoteLimits(amount("150000"), amount("1500000")),
        thresholds.defaultPolicy().of(PurchaseKind.WORKS));
    assertEquals(Map.of(), thresholds.municipalPolicies());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2024-01-01, 2024-01-01",
    "2025-12-31, 2024-01-01",
    "2026-01-01, 2026-01-01",
    "2028-01-01, 2028-01-01",
    "2040-05-05, 2028-01-01",
  })
  void theLatestPeriodStartingOnOrBeforeTheDateIsChosen(LocalDate date, LocalDate start) {
    ProcurementThresholds thresholds =
        read(
            Map.of(
                ThresholdsConfiguration.EU_THRESHOLDS,
                " 2028-01-01:210000:5300000 , 2024-01-01:221000:5538000,"
                    + "2026-01-01:216000:5404000"));
    assertEquals(start, thresholds.euPeriodOn(date).orElseThrow().start());
  }

  @Test
  void noPeriodBeforeTheFirstStart() {
    assertTrue(read(Map.of()).euPeriodOn(LocalDate.of(2023, 12, 31)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-01-01:216000",
        "2026-01-01;216000;5404000",
        "2026-13-01:216000:5404000",
        "1-1-2026:216000:5404000",
        "2026-01-01:216.000:5404000",
        "2026-01-01:216000:-1",
        "2026-01-01:0:5404000",
        "2024-01-01:221000:5538000,,2026-01-01:216000:5404000",
        "2026-01-01:216000:5404000,2026-01-01:221000:5538000",
      })
  void aMalformedEuThresholdValueIsRefusedNamingTheKey(String value) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(Map.of(ThresholdsConfiguration.EU_THRESHOLDS, value)));
    assertTrue(
        refused.getMessage().startsWith("Invalid configuration procurement.eu-thresholds='"),
        refused.getMessage());
  }

  @Test
  void theRefusalSaysWhatAPeriodLooksLike() {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> read(Map.of(ThresholdsConfiguration.EU_THRESHOLDS, "2026-01-01:216000")));
    assertEquals(
        "Invalid configuration procurement.eu-thresholds='2026-01-01:216000': period"
            + " '2026-01-01:216000' must be start:supplies-and-services:works, e.g."
            + " 2026-01-01:216000:5404000 (see docs/operations.md, Procedure advice)",
        refused.getMessage());
  }

  @Test
  void aMunicipalityOverridesSomeLimitsAndKeepsTheDefaultForTheRest() {
    ProcurementThresholds thresholds =
        read(
            Map.of(
                "procurement.limits.GM0268.supplies.single-quote", "40000",
                "procurement.limits.GM0268.works.multiple-quote", "1000000"));

    var nijmegen = thresholds.ownPolicyOf("GM0268").orElseThrow();
    assertEquals(
        new QuoteLimits(amount("40000"), amount("150000")), nijmegen.suppliesAndServices());
    assertEquals(new QuoteLimits(amount("150000"), amount("1000000")), nijmegen.works());
    assertTrue(thresholds.ownPolicyOf("GM0363").isEmpty());
  }

  @Test
  void environmentVariablesNameAMunicipalityToo() {
    // MicroProfile Config finds PROCUREMENT_LIMITS_GM0268_... when asked for the dotted key
    Map<String, String> resolved = Map.of("procurement.limits.GM0268.works.single-quote", "90000");
    ProcurementThresholds thresholds =
        ThresholdsConfiguration.read(
            key -> Optional.ofNullable(resolved.get(key)),
            List.of("PROCUREMENT_LIMITS_GM0268_WORKS_SINGLE_QUOTE", "PATH"));
    assertEquals(
        amount("90000"), thresholds.ownPolicyOf("GM0268").orElseThrow().works().singleQuoteMax());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "procurement.limits.default.supplies.single-quote, 50.000",
    "procurement.limits.default.works.multiple-quote,  -1",
    "procurement.limits.GM0268.supplies.multiple-quote, 30000",
    "procurement.limits.GM0268.works.single-quote,     lots",
    "procurement.limits.gm0268.works.single-quote,     1000",
    "procurement.limits.Nijmegen.works.single-quote,   1000",
    "procurement.limits.GM0268.works.singlequote,      1000",
  })
  void anUnusableLimitIsRefusedNamingTheKey(String key, String value) {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> read(Map.of(key, value)));
    assertTrue(
        refused.getMessage().startsWith("Invalid configuration " + key), refused.getMessage());
  }

  private static ProcurementThresholds read(Map<String, String> properties) {
    return ThresholdsConfiguration.read(
        key -> Optional.ofNullable(properties.get(key)), properties.keySet());
  }

  private static BigDecimal amount(String text) {
    return new BigDecimal(text);
  }
}
