package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.ServiceArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

  private static RegistrationRules rules;

  @BeforeAll
  static void rulesWithTheShippedCpvList() throws Exception {
    try (InputStream csv = RegistrationRulesTest.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      CpvList list = CpvList.read(csv);
      rules =
          new RegistrationRules(
              list::resolve, code -> code.value().equals("GM0268"), Year.of(2026));
    }
  }

  static Registration complete() {
    Registration form = new Registration();
    form.kvkNumber = "8765 4321";
    form.name = "  Waal Hergebruik B.V. ";
    form.email = "Info@WaalHergebruik.example";
    form.password = "een lange zin als wachtwoord";
    form.municipalityCode = "GM0268";
    form.postcode = "6511 ab";
    form.employees = 12;
    form.annualTurnover = Money.euros(new BigDecimal("850000"));
    form.socialEnterprise = true;
    form.psoLevel = "2";
    form.targetGroupPercent = new BigDecimal("35");
    form.cpvCodes = List.of("45210000-2", "39100000");
    form.rStrategies = List.of("R3", "r5");
    form.certifications =
        List.of(
            new Registration.CertificationEntry(
                "CO2_PERFORMANCE_LADDER", null, 3, LocalDate.parse("2027-06-30")),
            new Registration.CertificationEntry("OTHER", "Keurmerk X", null, null));
    form.maxContractValue = Money.euros(new BigDecimal("250000"));
    return form;
  }

  @Test
  void withoutAnAccountNoPasswordIsAskedForAndNoneIsKept() {
    Registration form = complete();
    form.password = null;
    assertTrue(rules.withoutAccount().check(form).ok());
    assertEquals(
        List.of("password"),
        rules.check(form).errors().stream().map(InvalidField::field).toList(),
        "registration itself still needs one");

    form.password = "een lange zin als wachtwoord";
    assertNull(rules.withoutAccount().check(form).accepted().password());
  }

  @Test
  void acceptsACompleteRegistrationAndNormalisesIt() {
    RegistrationRules.Outcome outcome = rules.check(complete());

    assertTrue(outcome.ok(), outcome.errors()::toString);
    RegistrationRules.Accepted accepted = outcome.accepted();
    assertEquals("87654321", accepted.kvkNumber().value());
    assertEquals("Waal Hergebruik B.V.", accepted.name());
    assertEquals("info@waalhergebruik.example", accepted.contact().email());
    assertEquals("Waal Hergebruik B.V.", accepted.contact().name(), "contact defaults to the firm");
    assertEquals("6511AB", accepted.contact().postcode());
    assertEquals(PsoLevel.LEVEL_2, accepted.social().psoLevel());
    assertEquals(
        List.of("45210000", "39100000"),
        accepted.cpvCodes().stream().map(Object::toString).toList());
    assertEquals(java.util.EnumSet.of(RStrategy.R3, RStrategy.R5), accepted.rStrategies());
    assertEquals(ServiceArea.REGION, accepted.serviceArea());
    assertEquals(CertificationKind.CO2_PERFORMANCE_LADDER, accepted.certifications().get(0).kind());
    assertEquals(2, accepted.certifications().size());
  }

  @Test
  void reportsEveryMissingRequiredFieldAtOnce() {
    RegistrationRules.Outcome outcome = rules.check(new Registration());

    assertNull(outcome.accepted());
    assertEquals(
        Map.of(
            "kvkNumber", "field.required",
            "name", "field.required",
            "email", "field.required",
            "password", "field.password",
            "municipalityCode", "field.required",
            "employees", "field.required",
            "annualTurnover", "field.required"),
        byField(outcome.errors()));
  }

  @Test
  void namesEachBadCpvCodeByItsPositionAndReason() {
    Registration form = complete();
    form.cpvCodes = List.of("45210000-2", "45210000-9", "12345678", "bouw");

    Map<String, String> errors = byField(rules.check(form).errors());

    assertEquals(
        Map.of(
            "cpvCodes[1]", "field.cpv.checkDigit",
            "cpvCodes[2]", "field.cpv.unknown",
            "cpvCodes[3]", "field.cpv.malformed"),
        errors);
  }

  @Test
  void theCheckDigitMessageOffersTheListedCode() {
    Registration form = complete();
    form.cpvCodes = List.of("45210000-9");

    InvalidField error = rules.check(form).errors().get(0);

    assertEquals("45210000-2", error.args()[1]);
  }

  @Test
  void refusesMalformedValuesOfEveryKind() {
    Registration form = complete();
    form.kvkNumber = "1234567";
    form.email = "not-an-address";
    form.password = "short";
    form.municipalityCode = "GM9999";
    form.postcode = "0123 AB";
    form.employees = -1;
    form.annualTurnover = new Money(new BigDecimal("10.005"), "EUR");
    form.maxContractValue = new Money(new BigDecimal("100"), "USD");
    form.psoLevel = "4";
    form.targetGroupPercent = new BigDecimal("101");
    form.rStrategies = List.of("R10");
    form.serviceArea = "WORLD";
    form.availableFrom = LocalDate.parse("2027-01-01");
    form.availableUntil = LocalDate.parse("2026-12-31");
    form.certifications =
        List.of(
            new Registration.CertificationEntry("CO2_PERFORMANCE_LADDER", null, 6, null),
            new Registration.CertificationEntry("GREEN", null, null, null),
            new Registration.CertificationEntry("OTHER", " ", null, null));

    Map<String, String> errors = byField(rules.check(form).errors());

    assertEquals("field.kvk", errors.get("kvkNumber"));
    assertEquals("field.email", errors.get("email"));
    assertEquals("field.password", errors.get("password"));
    assertEquals("field.municipality", errors.get("municipalityCode"));
    assertEquals("field.postcode", errors.get("postcode"));
    assertEquals("field.notNegative", errors.get("employees"));
    assertEquals("field.money", errors.get("annualTurnover"));
    assertEquals("field.money", errors.get("maxContractValue"));
    assertEquals("field.pso", errors.get("psoLevel"));
    assertEquals("field.percent", errors.get("targetGroupPercent"));
    assertEquals("field.rStrategy", errors.get("rStrategies[0]"));
    assertEquals("field.serviceArea", errors.get("serviceArea"));
    assertEquals("field.dateOrder", errors.get("availableUntil"));
    assertEquals("field.certification.level", errors.get("certifications[0].level"));
    assertEquals("field.certification.kind", errors.get("certifications[1].kind"));
    assertEquals("field.required", errors.get("certifications[2].name"));
    assertEquals(16, errors.size(), errors::toString);
  }

  @Test
  void limitsTheLengthOfFreeText() {
    Registration form = complete();
    form.name = "x".repeat(RegistrationRules.NAME_MAX + 1);
    form.description = "y".repeat(RegistrationRules.DESCRIPTION_MAX + 1);

    Map<String, String> errors = byField(rules.check(form).errors());

    assertEquals(Map.of("name", "field.tooLong", "description", "field.tooLong"), errors);
  }

  @Test
  void aProfileChangeNeedsNeitherKvkNumberNorPassword() {
    Registration change = complete();
    change.kvkNumber = null;
    change.password = null;

    assertFalse(rules.check(change).ok(), "a registration needs both");
    RegistrationRules.Outcome outcome =
        rules.check(change, RegistrationRules.Purpose.PROFILE_CHANGE);

    assertTrue(outcome.ok(), outcome.errors()::toString);
    assertNull(outcome.accepted().kvkNumber());
  }

  @Test
  void checksEachReferenceAndKeepsTheGoodOnes() {
    Registration form = complete();
    Money value = Money.euros(new BigDecimal("48000"));
    String circular = "Bureaus hersteld";
    form.references =
        List.of(
            new Registration.ReferenceEntry("Gemeente Wijchen", 2024, value, "39100000", circular),
            new Registration.ReferenceEntry(" ", 2027, value, "39100000-9", null),
            new Registration.ReferenceEntry("Gemeente Beuningen", 1990, null, null, circular));

    Map<String, String> errors = byField(rules.check(form).errors());

    assertEquals(
        List.of(
            "references[1].buyer",
            "references[1].circularAspect",
            "references[1].cpvCode",
            "references[1].year",
            "references[2].year"),
        errors.keySet().stream().sorted().toList());
    assertEquals("field.year", errors.get("references[2].year"), "30 years back at most");

    form.references = List.of(form.references.get(0));
    var accepted = rules.check(form).accepted().references();
    assertEquals("39100000", accepted.get(0).cpvCode());
    assertEquals(2024, accepted.get(0).year());
  }

  private static Map<String, String> byField(List<InvalidField> errors) {
    return errors.stream()
        .collect(Collectors.toMap(InvalidField::field, InvalidField::messageKey, (a, b) -> a));
  }
}
