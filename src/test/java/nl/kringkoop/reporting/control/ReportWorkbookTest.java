package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

  @Test
  void everyTableIsASheetWithABoldHeaderAndNumbersAsNumbers() throws IOException {
    try (Workbook workbook = write(Messages.DUTCH)) {
      assertEquals(ReportTables.IDS.size(), workbook.getNumberOfSheets());
      Sheet summary = workbook.getSheet("Kerncijfers");
      Cell header = summary.getRow(0).getCell(1);
      assertEquals("Bedrag (EUR)", header.getStringCellValue());
      assertTrue(workbook.getFontAt(header.getCellStyle().getFontIndex()).getBold());

      Cell total = summary.getRow(1).getCell(1);
      assertEquals(CellType.NUMERIC, total.getCellType());
      assertEquals(12500.50, total.getNumericCellValue(), 0.001);
      Cell circularShare = summary.getRow(2).getCell(2);
      assertEquals(36.0, circularShare.getNumericCellValue(), 0.001);
      assertEquals(25.0, summary.getRow(2).getCell(3).getNumericCellValue(), 0.001);

      Sheet months = workbook.getSheet("Per maand");
      assertEquals(13, months.getPhysicalNumberOfRows(), "header and twelve months");
      assertEquals("Maart", months.getRow(3).getCell(0).getStringCellValue());
      assertEquals(10000.0, months.getRow(3).getCell(1).getNumericCellValue(), 0.001);
    }
  }

  @Test
  void textThatWouldRunAsAFormulaStaysText() throws IOException {
    try (Workbook workbook = write(Locale.ENGLISH)) {
      Sheet departments = workbook.getSheet("By department");
      Cell sport = departments.getRow(1).getCell(0);
      assertEquals(CellType.STRING, sport.getCellType());
      assertEquals("'=Sport", sport.getStringCellValue());
      Sheet tenders = workbook.getSheet("From tender to contract");
      assertEquals("'+Groenonderhoud", tenders.getRow(2).getCell(0).getStringCellValue());
      assertTrue(
          org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(tenders.getRow(1).getCell(1)));
      assertEquals(42.0, tenders.getRow(1).getCell(3).getNumericCellValue(), 0.001);
    }
  }

  private static Workbook write(Locale locale) throws IOException {
    ReportContent content = ReportFixture.content(ReportFixture.figures());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportWorkbook.write(new ReportTables(new ReportWords(locale)).all(content), out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }
}
