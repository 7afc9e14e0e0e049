package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import org.junit.jupiter.api.Test;

class ReportCsvTest {

  @Test
  void theLongFormatHasOneFigurePerLineWithLanguageIndependentKeys() {
    List<String> lines = longFormat(ReportFixture.figures());

    assertEquals("section;key;amount", lines.get(0));
    assertTrue(lines.contains("totals;total;12500.50"), lines.toString());
    assertTrue(lines.contains("shares;circular;36.00"));
    assertTrue(lines.contains("targets;local;40.00"));
    assertTrue(lines.contains("month;3;10000.00"));
    assertTrue(lines.contains("month;1;0.00"), "every month is there");
    assertTrue(lines.contains("month.local;3;6000.00"));
    assertTrue(lines.contains("rStrategy;none;8000.00"));
    assertTrue(lines.contains("region;CR15;6000.00"));
    assertTrue(lines.contains("region;;6500.50"), "firms without a region");
    assertTrue(lines.contains("supplierType;SOCIAL_ENTERPRISE;1000.00"));
    assertTrue(lines.contains("payments;onTimeRate;75.00"));
    assertEquals(12, lines.stream().filter(line -> line.startsWith("month;")).count());
  }

  @Test
  void textThatASpreadsheetWouldRunIsDefused() {
    List<String> lines = longFormat(ReportFixture.figures());

    assertTrue(lines.contains("department;'=Sport;10000.00"), lines.toString());
  }

  @Test
  void aYearWithoutTargetsOrPaymentsLeavesThoseLinesOut() {
    List<String> lines =
        longFormat(SpendFigures.assemble(2025, SummaryRows.empty(), Optional.empty()));

    assertTrue(lines.stream().noneMatch(line -> line.startsWith("targets;")));
    assertTrue(lines.stream().noneMatch(line -> line.startsWith("payments;onTimeRate")));
    assertTrue(lines.contains("totals;total;0.00"));
  }

  @Test
  void aTableHasItsHeadersInTheReadersLanguage() {
    ReportContent content = ReportFixture.content(ReportFixture.figures());
    StringWriter out = new StringWriter();

    ReportCsv.table(new ReportTables(new ReportWords(Locale.ENGLISH)).one(content, "tenders"), out);

    List<String> lines = out.toString().lines().toList();
    assertEquals(
        "Tender;Published;Contract signed;Days;Responses;Responses from SMEs", lines.get(0));
    assertEquals("Circulaire kantoorinrichting;2026-01-05;2026-02-16;42;5;4", lines.get(1));
    assertEquals("'+Groenonderhoud;2026-02-01;2026-05-01;89;2;1", lines.get(2));
    assertEquals("Median;;;65.5;;", lines.get(3));
  }

  private static List<String> longFormat(SpendFigures figures) {
    StringWriter out = new StringWriter();
    ReportCsv.longFormat(figures, out);
    return out.toString().lines().toList();
  }
}
