package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierImportFileTest {

  private static final String HEADER =
      "kvkNumber,name,email,municipalityCode,employees,annualTurnover";

  @Test
  void theExampleFileReadsIntoCompleteRegistrations() throws Exception {
    try (InputStream file = getClass().getResourceAsStream("/import/suppliers-example.csv");
        SupplierImportFile csv = SupplierImportFile.open(file)) {
      SupplierImportFile.Row first = csv.next().orElseThrow();
      SupplierImportFile.Row second = csv.next().orElseThrow();
      assertTrue(csv.next().isEmpty());

      assertEquals(2, first.line());
      assertEquals(List.of(), first.errors());
      Registration firm = first.form();
      assertEquals("81234567", firm.kvkNumber);
      assertEquals("Sanne de Vries", firm.contactName);
      assertEquals(12, firm.employees);
      assertEquals(new BigDecimal("850000"), firm.annualTurnover.amount());
      assertEquals(false, firm.socialEnterprise);
      assertEquals(List.of("45210000-2", "39100000"), firm.cpvCodes);
      assertEquals(List.of("R3", "R5"), firm.rStrategies);
      assertEquals(LocalDate.parse("2027-12-31"), firm.availableUntil);
      assertEquals("ISO_14001", firm.certifications.get(0).kind);
      assertEquals(LocalDate.parse("2027-06-30"), firm.certifications.get(0).expiresOn);
      assertEquals(3, firm.certifications.get(1).level);

      assertEquals(3, second.line());
      Registration coop = second.form();
      assertEquals(new BigDecimal("1200000.50"), coop.annualTurnover.amount(), "decimal comma");
      assertEquals(true, coop.socialEnterprise);
      assertEquals("Groenonderhoud; beschut werk", coop.description, "quoted separator");
      assertNull(coop.contactName, "an empty cell is no value");
      assertEquals("OTHER", coop.certifications.get(0).kind);
      assertEquals("Keurmerk Groen", coop.certifications.get(0).name);
    }
  }

  @Test
  void everyRowOfTheExampleFilePassesTheRegistrationRules() throws Exception {
    RegistrationRules rules;
    try (InputStream list = getClass().getResourceAsStream("/cpv/cpv-2008.csv")) {
      rules =
          new RegistrationRules(
                  nl.kringkoop.cpv.control.CpvList.read(list)::resolve,
                  code -> code.value().equals("GM0268"),
                  java.time.Year.of(2026))
              .withoutAccount();
    }
    try (InputStream file = getClass().getResourceAsStream("/import/suppliers-example.csv");
        SupplierImportFile csv = SupplierImportFile.open(file)) {
      for (var row = csv.next(); row.isPresent(); row = csv.next()) {
        var outcome = rules.check(row.get().form());
        assertTrue(outcome.ok(), "line " + row.get().line() + ": " + outcome.errors());
      }
    }
  }

  @Test
  void linesAreCountedPhysicallyAcrossBlankLinesAndQuotedLineBreaks() {
    String file =
        HEADER
            + "\n12345678,A,a@x.nl,GM0268,1,1\n\n"
            + "22345678,\"B\nwith a second line\",b@x.nl,GM0268,1,1\n"
            + "32345678,C,c@x.nl,GM0268,1,1\r\n"
            + "42345678,D,d@x.nl,GM0268,1,1";
    assertEquals(List.of(2L, 4L, 6L, 7L), lines(file));
  }

  @Test
  void aByteOrderMarkAndSemicolonsAreUnderstood() {
    String file = "\uFEFF" + HEADER.replace(',', ';') + "\n12345678;A;a@x.nl;GM0268;3;100,5\n";
    try (SupplierImportFile csv = SupplierImportFile.open(utf8(file))) {
      Registration form = csv.next().orElseThrow().form();
      assertEquals("12345678", form.kvkNumber);
      assertEquals(new BigDecimal("100.5"), form.annualTurnover.amount());
    }
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCase() {
    String file =
        "EMAIL,annualturnover,Name,kvkNumber,employees,municipalityCode\n"
            + "a@x.nl,10,A,12345678,2,GM0268\n";
    try (SupplierImportFile csv = SupplierImportFile.open(utf8(file))) {
      Registration form = csv.next().orElseThrow().form();
      assertEquals("a@x.nl", form.email);
      assertEquals("A", form.name);
      assertEquals(2, form.employees);
    }
  }

  @Test
  void aWrongHeaderRefusesTheFileNamingEachColumn() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                SupplierImportFile.open(utf8("kvkNumber,name,name,colour,employees\n1,2,3,4,5\n")));
    assertEquals(ProblemType.VALIDATION, refused.type());
    assertEquals(
        Map.of(
            "name", "import.header.twice",
            "colour", "import.header.unknown",
            "email", "import.header.missing",
            "municipalityCode", "import.header.missing",
            "annualTurnover", "import.header.missing"),
        refused.invalidFields().stream()
            .collect(Collectors.toMap(InvalidField::field, InvalidField::messageKey)));
  }

  @Test
  void anEmptyFileIsAMalformedRequest() {
    ProblemException refused =
        assertThrows(ProblemException.class, () -> SupplierImportFile.open(utf8("")));
    assertEquals(ProblemType.MALFORMED_REQUEST, refused.type());
    assertEquals("import.empty", refused.detailKey());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "employees # twelve # field.wholeNumber",
        "annualTurnover # 1.000.000 # field.number",
        "socialEnterprise # maybe # field.yesNo",
        "availableFrom # 30-06-2027 # field.date",
        "certifications # ISO_14001:soon # certifications[0]:field.certification.format",
        "certifications # ISO_14001:30-06-2027 # certifications[0].expiresOn:field.date",
        "certifications # CO2_PERFORMANCE_LADDER/x # certifications[0].level:"
            + "field.certification.level",
      })
  void cellsThatAreNotTheRightKindOfValueAreReported(String column, String cell, String expected) {
    List<String> header = new ArrayList<>(List.of(HEADER.split(",")));
    List<String> cells = new ArrayList<>(List.of("12345678,A,a@x.nl,GM0268,1,1".split(",")));
    if (header.contains(column)) {
      cells.set(header.indexOf(column), cell);
    } else {
      header.add(column);
      cells.add(cell);
    }
    String file = String.join(",", header) + "\n" + String.join(",", cells) + "\n";
    String field = expected.contains(":") ? expected.substring(0, expected.indexOf(':')) : column;
    String key = expected.substring(expected.indexOf(':') + 1);
    try (SupplierImportFile csv = SupplierImportFile.open(utf8(file))) {
      List<InvalidField> errors = csv.next().orElseThrow().errors();
      assertEquals(1, errors.size(), errors::toString);
      assertEquals(field, errors.get(0).field());
      assertEquals(key, errors.get(0).messageKey());
    }
  }

  @Test
  void aLineWithMoreCellsThanTheHeaderIsReportedAsAWhole() {
    try (SupplierImportFile csv = SupplierImportFile.open(utf8(HEADER + "\n1,2,3,4,5,6,7\n"))) {
      List<InvalidField> errors = csv.next().orElseThrow().errors();
      assertEquals("row", errors.get(0).field());
      assertEquals("import.row.cells", errors.get(0).messageKey());
    }
  }

  @Test
  void aQuoteThatIsNeverClosedStopsTheReadingAfterTheGoodLines() {
    try (SupplierImportFile csv =
        SupplierImportFile.open(utf8(HEADER + "\n12345678,A,a@x.nl,GM0268,1,1\n2,\"B,c\n3,4\n"))) {
      assertEquals(2, csv.next().orElseThrow().line());
      assertThrows(UncheckedIOException.class, csv::next);
    }
  }

  private static List<Long> lines(String file) {
    List<Long> lines = new ArrayList<>();
    try (SupplierImportFile csv = SupplierImportFile.open(utf8(file))) {
      for (var row = csv.next(); row.isPresent(); row = csv.next()) {
        lines.add(row.get().line());
      }
    }
    return lines;
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
