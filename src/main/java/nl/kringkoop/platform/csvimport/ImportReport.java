package nl.kringkoop.platform.csvimport;

import java.util.List;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * The outcome of a CSV import: how many valid rows were stored (of which {@code created} were new,
 * {@code updated} changed something and {@code unchanged} were already so), and each rejected row
 * with its file line and message keys, so the caller's language decides the wording.
 */
public record ImportReport(
    int imported, int created, int updated, int unchanged, List<RejectedRow> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** The counts in words, for the audit trail (not shown to users). */
  public String summary() {
    return "stored "
        + imported
        + " (new "
        + created
        + ", changed "
        + updated
        + ", unchanged "
        + unchanged
        + ")";
  }

  /** A row that was not stored, with every reason. */
  public record RejectedRow(long line, List<InvalidField> errors) {

    public RejectedRow {
      errors = List.copyOf(errors);
    }
  }

  /** Counts changes while rows are stored. */
  public static final class Tally {
    private int created;
    private int updated;
    private int unchanged;

    public void created() {
      created++;
    }

    public void updated() {
      updated++;
    }

    public void unchanged() {
      unchanged++;
    }

    public ImportReport report(List<RejectedRow> rejected) {
      return new ImportReport(created + updated + unchanged, created, updated, unchanged, rejected);
    }
  }
}
