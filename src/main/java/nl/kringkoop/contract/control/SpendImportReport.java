package nl.kringkoop.contract.control;

import java.util.List;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;

/**
 * What a spend import did: invoices added, invoices whose line now says something else (a payment
 * recorded, an amount corrected), lines that matched what was stored, and every line refused with
 * its physical line in the file (header = line 1) and all its reasons.
 */
public record SpendImportReport(
    int imported, int updated, int unchanged, List<RejectedRow> rejected) {

  public SpendImportReport {
    rejected = List.copyOf(rejected);
  }
}
