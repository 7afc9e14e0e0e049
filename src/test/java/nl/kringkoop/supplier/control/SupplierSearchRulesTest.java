package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.SizeClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierSearchRulesTest {

  private static SupplierSearchRules rules;

  @BeforeAll
  static void rulesWithTheShippedCpvListAndTheDemoRegion() throws Exception {
    try (InputStream csv = SupplierSearchRulesTest.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      CpvList list = CpvList.read(csv);
      rules =
          new SupplierSearchRules(
              list::resolve,
              code -> Set.of("GM0268", "GM0202").contains(code.value()),
              Set.of("CR15", "CR17")::contains,
              Set.of("PV25", "PV26")::contains);
    }
  }

  @Test
  void noParametersMeanTheWholeRegistryByName() {
    SupplierSearchRules.Outcome outcome = rules.check(Map.of());

    assertTrue(outcome.ok());
    assertEquals(SupplierFilter.everything(), outcome.search().filter());
    assertEquals(SupplierSort.DEFAULT, outcome.search().sort());
    assertNull(outcome.search().page());
  }

  @Test
  void readsEveryFilterRepeatedOrCommaSeparatedAndNormalisesCase() {
    SupplierSearchRules.Outcome outcome =
        rules.check(
            Map.ofEntries(
                Map.entry("cpv", List.of("45210000-2", "39100000, 45000000")),
                Map.entry("rStrategy", List.of("r3", "R8")),
                Map.entry("municipality", List.of("gm0268")),
                Map.entry("region", List.of("cr15")),
                Map.entry("province", List.of("PV26")),
                Map.entry("sizeClass", List.of("micro,Small")),
                Map.entry("socialEnterprise", List.of("TRUE")),
                Map.entry("certification", List.of("iso_14001")),
                Map.entry("q", List.of("  Hergebruik ")),
                Map.entry("verified", List.of("false")),
                Map.entry("sort", List.of("employees, desc")),
                Map.entry("page", List.of("2")),
                Map.entry("size", List.of("50"))));

    assertTrue(outcome.ok(), outcome.errors()::toString);
    SupplierFilter filter = outcome.search().filter();
    assertEquals(
        List.of("4521", "391", "45"),
        filter.cpv().stream().map(SupplierFilter.CpvTerm::prefix).toList());
    assertEquals(EnumSet.of(RStrategy.R3, RStrategy.R8), filter.rStrategies());
    assertEquals(Set.of("GM0268"), filter.municipalities());
    assertEquals(Set.of("CR15"), filter.regions());
    assertEquals(Set.of("PV26"), filter.provinces());
    assertEquals(EnumSet.of(SizeClass.MICRO, SizeClass.SMALL), filter.sizeClasses());
    assertEquals(Boolean.TRUE, filter.socialEnterprise());
    assertEquals(EnumSet.of(CertificationKind.ISO_14001), filter.certifications());
    assertEquals("Hergebruik", filter.nameContains());
    assertEquals(Boolean.FALSE, filter.verified());
    assertEquals(new SupplierSort(SupplierSort.Field.EMPLOYEES, false), outcome.search().sort());
    assertEquals(2, outcome.search().page());
    assertEquals(50, outcome.search().size());
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cpv|12345678|field.cpv.unknown",
        "cpv|4521|field.cpv.malformed",
        "cpv|45210000-1|field.cpv.checkDigit",
        "rStrategy|R10|field.rStrategy",
        "municipality|GM9999|field.municipality",
        "municipality|Nijmegen|field.municipality",
        "region|CR99|search.region",
        "province|Gelderland|search.province",
        "sizeClass|HUGE|search.sizeClass",
        "socialEnterprise|yes|search.boolean",
        "verified|1|search.boolean",
        "certification|GOLD|search.certification",
        "sort|colour|search.sort",
        "sort|name,up|search.sort",
        "sort|name,asc,desc|search.sort",
        "page|first|search.number",
        "size|1e3|search.number"
      })
  void aBadValueIsReportedUnderItsParameter(String parameter, String value, String messageKey) {
    SupplierSearchRules.Outcome outcome = rules.check(Map.of(parameter, List.of(value)));

    assertFalse(outcome.ok());
    assertNull(outcome.search());
    assertEquals(1, outcome.errors().size(), outcome.errors()::toString);
    assertEquals(parameter, outcome.errors().get(0).field());
    assertEquals(messageKey, outcome.errors().get(0).messageKey());
  }

  @Test
  void everyMistakeIsReportedAtOnce() {
    SupplierSearchRules.Outcome outcome =
        rules.check(
            Map.of(
                "cpv", List.of("45210000-2,99999999"),
                "sizeClass", List.of("TINY"),
                "sort", List.of("price")));

    assertEquals(
        List.of("cpv", "sizeClass", "sort"),
        outcome.errors().stream().map(InvalidField::field).sorted().toList());
  }

  @Test
  void singleValuedParametersMayNotBeRepeatedAndTooManyValuesAreRefused() {
    assertEquals(
        "search.once", rules.check(Map.of("q", List.of("a", "b"))).errors().get(0).messageKey());
    List<String> many = new ArrayList<>(Collections.nCopies(51, "R3"));
    assertEquals(
        "field.tooMany", rules.check(Map.of("rStrategy", many)).errors().get(0).messageKey());
    assertEquals(
        "field.tooLong",
        rules.check(Map.of("q", List.of("x".repeat(201)))).errors().get(0).messageKey());
  }

  @Test
  void blankValuesCountAsAbsent() {
    SupplierSearchRules.Outcome outcome =
        rules.check(
            Map.of(
                "cpv", List.of(" ", ""),
                "q", List.of("  "),
                "socialEnterprise", List.of(""),
                "sort", List.of("")));

    assertTrue(
        outcome.ok(),
        outcome.errors().stream().map(InvalidField::field).collect(Collectors.joining()));
    assertEquals(SupplierFilter.everything(), outcome.search().filter());
  }
}
