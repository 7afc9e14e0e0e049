package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.tender.entity.Tender;

/**
 * A tender's audit trail: every phase change, submission, opening and decision is filed under the
 * tender, so the officer can show the whole procedure in order and defend the award.
 */
@ApplicationScoped
public class TenderTrail {

  public static final String OBJECT_TYPE = "TENDER";

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
}
