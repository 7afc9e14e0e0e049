package nl.kringkoop.cpv.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.csvimport.CsvUpload;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Checks label rows against the shipped official list. */
class CpvLabelRulesTest {

  private static CpvList list;

  @BeforeAll
  static void readShippedList() throws Exception {
    try (InputStream csv = CpvLabelRulesTest.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      list = CpvList.read(csv);
    }
  }

  @Test
  void acceptsCodesWithOrWithoutCheckDigitAndKeepsTheEightDigits() {
    List<CpvLabelRules.Outcome> outcomes =
        check("code,label\n45000000-7,Bouwwerkzaamheden\n45210000,Bouwen van gebouwen\n");

    assertTrue(outcomes.stream().allMatch(CpvLabelRules.Outcome::ok));
    assertEquals("45000000", outcomes.get(0).accepted().code().digits());
    assertEquals("Bouwen van gebouwen", outcomes.get(1).accepted().label());
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "45000000-1,Bouw | code | field.cpv.checkDigit",
        "45000001,Bouw | code | field.cpv.unknown",
        "4500,Bouw | code | field.cpv.malformed",
        "',Bouw' | code | field.required",
        "45000000-7, | label | field.required",
      })
  void refusesARowNamingTheFieldAndReason(String line, String field, String key) {
    CpvLabelRules.Outcome outcome = check("code,label\n" + line + "\n").get(0);

    assertEquals(2, outcome.rejected().line());
    InvalidField error = outcome.rejected().errors().get(0);
    assertEquals(field, error.field());
    assertEquals(key, error.messageKey());
  }

  @Test
  void aWrongCheckDigitSuggestsThePublishedCode() {
    InvalidField error = check("code,label\n45000000-1,Bouw\n").get(0).rejected().errors().get(0);

    assertEquals("45000000-7", error.args()[1]);
  }

  @Test
  void aLabelMayHaveAThousandCharactersNotMore() {
    String longest = "a".repeat(CpvLabelRules.LABEL_MAX);
    List<CpvLabelRules.Outcome> outcomes =
        check("code,label\n45000000," + longest + "\n03000000," + longest + "b\n");

    assertTrue(outcomes.get(0).ok());
    assertEquals("field.tooLong", outcomes.get(1).rejected().errors().get(0).messageKey());
  }

  @Test
  void everyReasonOfARowIsReportedAndASecondRowForACodeIsRefused() {
    List<CpvLabelRules.Outcome> outcomes =
        check("code,label\n12345678,\n45000000,Bouw\n45000000-7,Nog eens\n");

    assertEquals(
        List.of("code", "label"),
        outcomes.get(0).rejected().errors().stream().map(InvalidField::field).toList());
    assertTrue(outcomes.get(1).ok());
    InvalidField duplicate = outcomes.get(2).rejected().errors().get(0);
    assertEquals("import.duplicate", duplicate.messageKey());
    assertEquals(3L, duplicate.args()[0]);
  }

  private static List<CpvLabelRules.Outcome> check(String csv) {
    CpvLabelRules rules = new CpvLabelRules(list::resolve);
    List<CpvLabelRules.Outcome> outcomes = new ArrayList<>();
    CsvUpload.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        CpvLabelRules.COLUMNS,
        1000,
        row -> outcomes.add(rules.check(row)));
    return outcomes;
  }
}
