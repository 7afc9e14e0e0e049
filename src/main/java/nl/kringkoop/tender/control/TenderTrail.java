package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import nl.kringkoop.tender.entity.Tender;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A tender's audit trail: every phase change, submission, opening and decision is filed under the
 * tender, so the officer can show the whole procedure in order and defend the award.
 */
@ApplicationScoped
public class TenderTrail {

  public static final String OBJECT_TYPE = "TENDER";

  private static final int CSV_PAGE = 500;

  @Inject AuditLog audit;

  public void record(Tender tender, SignedInCaller caller, String action, String detail) {
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), action)
            .about(OBJECT_TYPE, tender.id())
            .withDetail(detail));
  }

  public Page<AuditEntry> entries(Tender tender, PageRequest page) {
    return audit.about(OBJECT_TYPE, tender.id(), page);
  }

  /** Writes the whole trail as CSV, oldest first, page by page. */
  public void writeCsv(Tender tender, Writer out) throws IOException {
    CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.RFC4180
                .builder()
                .setHeader("occurred_at", "actor", "action", "detail")
                .get());
    int page = 0;
    Page<AuditEntry> entries;
    do {
      entries = entries(tender, new PageRequest(page++, CSV_PAGE));
      for (AuditEntry entry : entries.items()) {
        csv.printRecord(
            entry.occurredAt(),
            FormulaGuard.defuse(entry.actor()),
            entry.action(),
            FormulaGuard.defuse(entry.detail()));
      }
    } while ((long) page * CSV_PAGE < entries.total());
    csv.flush();
  }
}
