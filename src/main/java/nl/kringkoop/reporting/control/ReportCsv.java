package nl.kringkoop.reporting.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Percentages;
import nl.kringkoop.reporting.control.SpendFigures.Slice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV with semicolons (what Dutch spreadsheet programs expect). {@link #longFormat}
 * writes the API's language-independent form, one figure per line as {@code section;key;amount}
 * with a point as decimal separator; {@link #table} writes one table of the dashboard with its
 * headers in the reader's language. Text that a spreadsheet would run as a formula is defused.
 */
public final class ReportCsv {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

  private ReportCsv() {}

  /** Every figure of the report, section by section (see the user guide for the sections). */
  public static void longFormat(SpendFigures figures, Writer out) {
    try {
      CSVPrinter csv = new CSVPrinter(out, FORMAT);
      csv.printRecord("section", "key", "amount");
      SpendFigures.Totals totals = figures.totals();
      line(csv, "totals", "total", totals.total());
      line(csv, "totals", "circular", totals.circular());
      line(csv, "totals", "local", totals.local());
      line(csv, "totals", "sme", totals.sme());
      line(csv, "totals", "social", totals.social());
      percentages(csv, "shares", figures.shares());
      if (figures.targets().isPresent()) {
        percentages(csv, "targets", figures.targets().get());
      }
      for (MonthRow month : figures.byMonth()) {
        String key = String.valueOf(month.month());
        line(csv, "month", key, month.amounts().total());
        line(csv, "month.circular", key, month.amounts().circular());
        line(csv, "month.local", key, month.amounts().local());
        line(csv, "month.sme", key, month.amounts().sme());
        line(csv, "month.social", key, month.amounts().social());
      }
      slices(csv, "rStrategy", figures.byRStrategy());
      slices(csv, "department", figures.byDepartment());
      for (SpendFigures.RegionSlice region : figures.byRegion()) {
        line(csv, "region", region.code() == null ? "" : region.code(), region.amount());
      }
      slices(csv, "sizeClass", figures.bySizeClass());
      slices(csv, "supplierType", figures.bySupplierType());
      SpendFigures.Payments payments = figures.payments();
      line(csv, "payments", "paidInvoices", BigDecimal.valueOf(payments.paidInvoices()));
      line(csv, "payments", "onTime", BigDecimal.valueOf(payments.onTime()));
      line(csv, "payments", "late", BigDecimal.valueOf(payments.late()));
      line(csv, "payments", "open", BigDecimal.valueOf(payments.open()));
      if (payments.onTimeRate().isPresent()) {
        line(csv, "payments", "onTimeRate", payments.onTimeRate().get());
      }
      csv.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  /** One table with a header line; numbers with a point as decimal separator, dates ISO. */
  public static void table(ReportTable table, Writer out) {
    try {
      CSVPrinter csv = new CSVPrinter(out, FORMAT);
      csv.printRecord(table.headers().stream().map(FormulaGuard::defuse).toList());
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(text(cell));
        }
        csv.printRecord(cells);
      }
      csv.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (cell instanceof LocalDate || cell instanceof Number) {
      return cell.toString();
    }
    return FormulaGuard.defuse(cell.toString());
  }

  private static void percentages(CSVPrinter csv, String section, Percentages percentages)
      throws IOException {
    line(csv, section, "circular", percentages.circular());
    line(csv, section, "local", percentages.local());
    line(csv, section, "sme", percentages.sme());
    line(csv, section, "social", percentages.social());
  }

  private static void slices(CSVPrinter csv, String section, List<Slice> slices)
      throws IOException {
    for (Slice slice : slices) {
      line(csv, section, slice.key(), slice.amount());
    }
  }

  private static void line(CSVPrinter csv, String section, String key, BigDecimal amount)
      throws IOException {
    csv.printRecord(section, FormulaGuard.defuse(key), amount.toPlainString());
  }
}
