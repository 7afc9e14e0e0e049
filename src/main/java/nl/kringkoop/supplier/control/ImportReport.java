package nl.kringkoop.supplier.control;

import java.util.List;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;

/**
 * What a supplier import did: firms added, firms changed, rows that matched what was stored, and
 * every row refused with its physical line in the file (header = line 1) and all its reasons.
 */
public record ImportReport(int imported, int updated, int unchanged, List<RejectedRow> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
  }
}
