package nl.kringkoop.region.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.csvimport.CsvUpload;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionRulesTest {

  private static final String HEADER =
      "municipality_code,municipality_name,corop_code,corop_name,province_code,province_name\n";

  @Test
  void theShippedSampleIsValid() throws IOException {
    List<RegionRules.Outcome> outcomes = new ArrayList<>();
    RegionRules rules = new RegionRules();
    try (InputStream sample =
        java.nio.file.Files.newInputStream(
            java.nio.file.Path.of("config/examples/regions-sample.csv"))) {
      CsvUpload.read(sample, RegionRules.COLUMNS, 1000, row -> outcomes.add(rules.check(row)));
    }

    assertTrue(outcomes.size() >= 4);
    assertTrue(outcomes.stream().allMatch(RegionRules.Outcome::ok), outcomes::toString);
  }

  @Test
  void acceptsLowerCaseCodesAndStoresThemInUpperCase() {
    RegionRules.Outcome outcome =
        check(HEADER + "gm0268,Nijmegen,cr15,Arnhem/Nijmegen,pv25,Gelderland\n").get(0);

    assertEquals("GM0268", outcome.accepted().municipalityCode().value());
    assertEquals("CR15", outcome.accepted().coropCode());
    assertEquals("PV25", outcome.accepted().provinceCode());
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GM268,Nijmegen,CR15,Arnhem/Nijmegen,PV25,Gelderland | municipality_code"
            + " | field.region.municipalityCode",
        "GM0268,Nijmegen,C15,Arnhem/Nijmegen,PV25,Gelderland | corop_code"
            + " | field.region.coropCode",
        "GM0268,Nijmegen,CR15,Arnhem/Nijmegen,P25,Gelderland | province_code"
            + " | field.region.provinceCode",
        "GM0268,,CR15,Arnhem/Nijmegen,PV25,Gelderland | municipality_name | field.required",
        "GM0268,Nijmegen,CR15,,PV25,Gelderland | corop_name | field.required",
        "GM0268,Nijmegen,CR15,Arnhem/Nijmegen,PV25, | province_name | field.required",
        ",Nijmegen,CR15,Arnhem/Nijmegen,PV25,Gelderland | municipality_code | field.required",
      })
  void refusesARowNamingTheFieldAndReason(String line, String field, String key) {
    RegionRules.Outcome outcome = check(HEADER + line + "\n").get(0);

    assertEquals(2, outcome.rejected().line());
    assertEquals(List.of(field), fields(outcome));
    assertEquals(key, outcome.rejected().errors().get(0).messageKey());
  }

  @Test
  void aNameLongerThanTheColumnIsRefused() {
    RegionRules.Outcome outcome =
        check(HEADER + "GM0268," + "n".repeat(121) + ",CR15,A,PV25,G\n").get(0);

    assertEquals("field.tooLong", outcome.rejected().errors().get(0).messageKey());
  }

  @Test
  void aCoropRegionLiesInOneProvinceWithOneNameAsTheFirstRowSays() {
    List<RegionRules.Outcome> outcomes =
        check(
            HEADER
                + "GM0268,Nijmegen,CR15,Arnhem/Nijmegen,PV25,Gelderland\n"
                + "GM0202,Arnhem,CR15,Arnhem/Nijmegen,PV26,Utrecht\n"
                + "GM0228,Ede,CR15,Arnhem-Nijmegen,PV25,Gelderland\n"
                + "GM0344,Utrecht,CR17,Utrecht,PV25,Gelderland (other)\n"
                + "GM0268,Nijmegen,CR15,Arnhem/Nijmegen,PV25,Gelderland\n");

    assertTrue(outcomes.get(0).ok());
    InvalidField otherProvince = outcomes.get(1).rejected().errors().get(0);
    assertEquals("province_code", otherProvince.field());
    assertEquals("import.region.coropProvince", otherProvince.messageKey());
    assertEquals("PV25", otherProvince.args()[1]);
    assertEquals(2L, otherProvince.args()[2]);
    assertEquals(List.of("corop_name"), fields(outcomes.get(2)));
    assertEquals(List.of("province_name"), fields(outcomes.get(3)));
    assertEquals(List.of("municipality_code"), fields(outcomes.get(4)));
    assertEquals("import.duplicate", outcomes.get(4).rejected().errors().get(0).messageKey());
  }

  @Test
  void aRejectedRowDoesNotDefineItsRegionForLaterRows() {
    List<RegionRules.Outcome> outcomes =
        check(
            HEADER
                + "GM02,Nijmegen,CR15,Wrong name,PV25,Gelderland\n"
                + "GM0202,Arnhem,CR15,Arnhem/Nijmegen,PV25,Gelderland\n");

    assertTrue(outcomes.get(1).ok(), outcomes::toString);
  }

  private static List<String> fields(RegionRules.Outcome outcome) {
    return outcome.rejected().errors().stream().map(InvalidField::field).toList();
  }

  private static List<RegionRules.Outcome> check(String csv) {
    RegionRules rules = new RegionRules();
    List<RegionRules.Outcome> outcomes = new ArrayList<>();
    CsvUpload.read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        RegionRules.COLUMNS,
        1000,
        row -> outcomes.add(rules.check(row)));
    return outcomes;
  }
}
