package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.ServiceArea;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierCsvTest {

  private static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=SUM(A1)|'=SUM(A1)",
        "+31 24 123|'+31 24 123",
        "-2+3|'-2+3",
        "@cmd|'@cmd",
        "Hergebruik = goed|Hergebruik = goed",
        "45210000|45210000"
      })
  void cellsThatASpreadsheetWouldEvaluateAreDefused(String cell, String written) {
    assertEquals(written, FormulaGuard.defuse(cell));
  }

  @Test
  void writesTheHeaderAndQuotedRowsWithContactOnlyWhenAllowed() throws Exception {
    SupplierProfile firm = profile("\"Waal\", Hergebruik & Één");

    List<CSVRecord> officer = written(firm, true);
    List<CSVRecord> analyst = written(firm, false);

    assertEquals(1, officer.size());
    CSVRecord row = officer.get(0);
    assertEquals(SupplierCsv.HEADER, row.getParser().getHeaderNames());
    assertEquals("\"Waal\", Hergebruik & Één", row.get("name"));
    assertEquals("12345678", row.get("kvk_number"));
    assertEquals("Nijmegen", row.get("municipality_name"));
    assertEquals("SMALL", row.get("size_class"));
    assertEquals("39100000 45210000", row.get("cpv_codes"));
    assertEquals("R3 R5", row.get("r_strategies"));
    assertEquals(
        "CO2_PERFORMANCE_LADDER 3 | OTHER Keurmerk", row.get("certifications"), "expired left out");
    assertEquals("'=cmd", row.get("phone"));
    assertEquals("info@waal.example", row.get("email"));
    assertEquals("", analyst.get(0).get("email"));
    assertEquals("", analyst.get(0).get("phone"));
  }

  private static List<CSVRecord> written(SupplierProfile firm, boolean withContact)
      throws Exception {
    StringWriter out = new StringWriter();
    SupplierCsv csv = new SupplierCsv(out, Map.of("GM0268", "Nijmegen")::get, withContact, TODAY);
    csv.write(List.of(firm));
    try (var parser =
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out.toString()))) {
      return parser.getRecords();
    }
  }

  private static SupplierProfile profile(String name) {
    Organisation firm =
        Organisation.supplier(
            KvkNumber.parse("12345678"), name, new MunicipalityCode("GM0268"), NOW);
    SupplierProfile profile =
        new SupplierProfile(
            firm,
            new SupplierProfile.Contact(
                "Jan", "info@waal.example", "=cmd", null, "6511AB", "Nijmegen"),
            new SupplierProfile.Size(12, new BigDecimal("850000")),
            NOW);
    profile.changeCapabilities(
        Set.of(new CpvCode("45210000"), new CpvCode("39100000")),
        Set.of(RStrategy.R5, RStrategy.R3),
        ServiceArea.REGION,
        null,
        NOW);
    profile.replaceCertifications(
        List.of(
            new Certification(CertificationKind.CO2_PERFORMANCE_LADDER, null, 3, TODAY),
            new Certification(CertificationKind.ISO_14001, null, null, TODAY.minusDays(1)),
            new Certification(CertificationKind.OTHER, "Keurmerk", null, null)),
        NOW);
    return profile;
  }
}
