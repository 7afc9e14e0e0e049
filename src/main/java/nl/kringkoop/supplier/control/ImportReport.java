package nl.kringkoop.supplier.control;

import java.util.List;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * What a supplier import did: firms added, firms changed, rows that matched what was stored, and
 * every row refused with its physical line in the file (header = line 1) and all its reasons.
 */
public record ImportReport(int imported, int updated, int unchanged, List<Rejected> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }

  /** A refused row. Reasons are message keys, written in the reader's language when shown. */
  public record Rejected(long line, List<InvalidField> errors) {

    public Rejected {
      errors = List.copyOf(errors);
    }
  }
}
