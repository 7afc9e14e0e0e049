package nl.kringkoop.supplier.boundary;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.supplier.control.ImportReport;

/** The answer to a supplier import, with every refused row's reasons in the reader's language. */
public record ImportSummary(
    int imported, int updated, int unchanged, List<ImportReportView.Rejected> rejected) {

  public static ImportSummary of(ImportReport report, Locale locale) {
    return new ImportSummary(
        report.imported(),
        report.updated(),
        report.unchanged(),
        report.rejected().stream().map(row -> ImportReportView.Rejected.of(row, locale)).toList());
  }
}
