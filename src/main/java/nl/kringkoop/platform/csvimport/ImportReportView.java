package nl.kringkoop.platform.csvimport;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;

/**
 * An import report as the API and the pages show it, with messages in the reader's language: {@code
 * {"imported":N,"created":..,"updated":..,"unchanged":..,"rejected":[{"line","errors":[{"field","message"}]}]}}.
 */
public record ImportReportView(
    int imported, int created, int updated, int unchanged, List<Rejected> rejected) {

  public static ImportReportView of(ImportReport report, Locale locale) {
    return new ImportReportView(
        report.imported(),
        report.created(),
        report.updated(),
        report.unchanged(),
        report.rejected().stream().map(row -> Rejected.of(row, locale)).toList());
  }

  /** A rejected row: its line in the file and what is wrong, field by field. */
  public record Rejected(long line, List<FieldError> errors) {

    public static Rejected of(ImportReport.RejectedRow row, Locale locale) {
      return new Rejected(
          row.line(),
          row.errors().stream()
              .map(
                  error ->
                      new FieldError(
                          error.field(), Messages.get(locale, error.messageKey(), error.args())))
              .toList());
    }

    /** All reasons in one line, for a table cell. */
    public String summary() {
      return String.join(
          "; ", errors.stream().map(error -> error.field() + ": " + error.message()).toList());
    }
  }
}
