package nl.kringkoop.supplier.boundary;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;
import nl.kringkoop.supplier.control.ImportReport;

/** The answer to a supplier import, with every refused row's reasons in the reader's language. */
public record ImportSummary(int imported, int updated, int unchanged, List<RejectedRow> rejected) {

  public static ImportSummary of(ImportReport report, Locale locale) {
    return new ImportSummary(
        report.imported(),
        report.updated(),
        report.unchanged(),
        report.rejected().stream().map(row -> RejectedRow.of(row, locale)).toList());
  }

  /** A refused row by its physical line in the file (the header is line 1). */
  public record RejectedRow(long line, List<FieldError> errors) {

    static RejectedRow of(ImportReport.Rejected row, Locale locale) {
      return new RejectedRow(
          row.line(),
          row.errors().stream()
              .map(e -> new FieldError(e.field(), Messages.get(locale, e.messageKey(), e.args())))
              .toList());
    }
  }
}
