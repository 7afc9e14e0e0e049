package nl.kringkoop.contract.boundary;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.contract.control.SpendImportReport;
import nl.kringkoop.platform.csvimport.ImportReportView;

/**
 * The answer to a spend import: {@code {"imported","updated","unchanged","rejected":[{"line",
 * "errors":[{"field","message"}]}]}}, reasons in the reader's language.
 */
public record SpendImportSummary(
    int imported, int updated, int unchanged, List<ImportReportView.Rejected> rejected) {

  public static SpendImportSummary of(SpendImportReport report, Locale locale) {
    return new SpendImportSummary(
        report.imported(),
        report.updated(),
        report.unchanged(),
        report.rejected().stream().map(row -> ImportReportView.Rejected.of(row, locale)).toList());
  }
}
