package nl.kringkoop.reporting.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook (XLSX): one sheet per table, the header row bold and frozen,
 * amounts and counts as numbers a spreadsheet can sum, dates as dates, and text that would run as a
 * formula defused.
 */
public final class ReportWorkbook {

  private static final int MAX_COLUMN_WIDTH = 60 * 256;

  private ReportWorkbook() {}

  public static void write(List<ReportTable> tables, OutputStream out) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (ReportTable table : tables) {
        sheet(workbook, styles, table);
      }
      workbook.write(out);
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static void sheet(XSSFWorkbook workbook, Styles styles, ReportTable table) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
    Row header = sheet.createRow(0);
    for (int column = 0; column < table.headers().size(); column++) {
      Cell cell = header.createCell(column);
      cell.setCellValue(FormulaGuard.defuse(table.headers().get(column)));
      cell.setCellStyle(styles.header);
    }
    int index = 1;
    for (List<Object> values : table.rows()) {
      Row row = sheet.createRow(index++);
      for (int column = 0; column < values.size(); column++) {
        fill(row.createCell(column), values.get(column), styles);
      }
    }
    sheet.createFreezePane(0, 1);
    // Widths from the text length: autoSizeColumn needs fonts that a server may not have.
    for (int column = 0; column < table.headers().size(); column++) {
      int characters = table.headers().get(column).length();
      for (List<Object> values : table.rows()) {
        Object value = column < values.size() ? values.get(column) : null;
        characters = Math.max(characters, value == null ? 0 : value.toString().length() + 3);
      }
      sheet.setColumnWidth(column, Math.min((characters + 2) * 256, MAX_COLUMN_WIDTH));
    }
  }

  private static void fill(Cell cell, Object value, Styles styles) {
    if (value == null) {
      cell.setBlank();
    } else if (value instanceof BigDecimal number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.decimal);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
      cell.setCellStyle(styles.whole);
    } else if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(styles.date);
    } else {
      cell.setCellValue(FormulaGuard.defuse(value.toString()));
    }
  }

  /** The few cell styles a workbook shares (a workbook may hold only so many). */
  private static final class Styles {
    final CellStyle header;
    final CellStyle decimal;
    final CellStyle whole;
    final CellStyle date;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      short format = workbook.createDataFormat().getFormat("#,##0.00");
      decimal = workbook.createCellStyle();
      decimal.setDataFormat(format);
      whole = workbook.createCellStyle();
      whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
      date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }
  }
}
