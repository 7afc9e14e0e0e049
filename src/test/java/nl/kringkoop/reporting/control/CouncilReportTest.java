package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CouncilReportTest {

  @Test
  void theDutchReportHasATitlePageKeyFiguresAndTables() throws IOException {
    String text = text(ReportFixture.content(ReportFixture.figures()), Messages.DUTCH);

    assertTrue(text.contains("Inkoop en bestedingen 2026"), text);
    assertTrue(text.contains("Nijmegen"));
    assertTrue(text.contains("Opgesteld op 25 november 2026"));
    assertTrue(text.contains("Totale besteding: EUR 12.500,50"));
    assertTrue(text.contains("Kerncijfers tegen de doelen"));
    assertTrue(text.contains("Circulair 4.500,00 36,00 25,00"), text);
    assertTrue(text.contains("Besteding per maand (EUR)"), "a chart's caption");
    assertTrue(text.contains("Circulaire kantoorinrichting"), "the tender outcomes");
    assertTrue(text.contains("Mediaan"));
  }

  @Test
  void theEnglishReportIsInEnglish() throws IOException {
    String text = text(ReportFixture.content(ReportFixture.figures()), Locale.ENGLISH);

    assertTrue(text.contains("Purchasing and spend 2026"), text);
    assertTrue(text.contains("Total spend: EUR 12,500.50"));
    assertTrue(text.contains("Circular 4,500.00 36.00 25.00"));
    assertTrue(text.contains("Prepared on November 25, 2026"));
  }

  @Test
  void aYearWithoutSpendSaysSo() throws IOException {
    SpendFigures empty = SpendFigures.assemble(2024, SummaryRows.empty(), Optional.empty());
    ReportContent content = ReportFixture.content(empty);

    String text = text(content, Messages.DUTCH);

    assertTrue(text.contains("Voor dit jaar is nog geen besteding vastgelegd."), text);
    assertTrue(text.contains("Totale besteding: EUR 0,00"));
  }

  @Test
  void theDocumentIsTitled() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CouncilReport(new ReportWords(Locale.ENGLISH))
        .write(ReportFixture.content(ReportFixture.figures()), out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertEquals("Purchasing and spend 2026", pdf.getDocumentInformation().getTitle());
      assertTrue(pdf.getNumberOfPages() >= 3, "title page, figures and charts, tables");
    }
  }

  private static String text(ReportContent content, Locale locale) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CouncilReport(new ReportWords(locale)).write(content, out);
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }
}
