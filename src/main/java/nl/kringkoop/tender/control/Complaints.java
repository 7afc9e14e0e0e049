package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.Complaint;
import nl.kringkoop.tender.entity.ComplaintOutcome;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Complaints against an intended award. A candidate files one during the standstill period; while
 * any complaint is pending the tender cannot be awarded, until the officer records the outcome.
 */
@ApplicationScoped
@Transactional
public class Complaints {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Tenders tenders;

  @Inject TenderResponses responses;

  @Inject TenderTrail trail;

  @Inject TenderNotices notices;

  public Complaint file(long tenderId, String text, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Tender tender = tenders.visible(tenderId, caller);
    boolean candidate =
        responses
            .ownResponse(tender, caller.organisationId())
            .filter(r -> r.status() == ResponseStatus.OFFERED)
            .isPresent();
    if (!candidate) {
      throw new ProblemException(ProblemType.FORBIDDEN, "complaint.refused.notCandidate");
    }
    Instant now = clock.instant();
    boolean standstill =
        tender.status() == TenderStatus.AWARD_INTENDED
            && tender.standstillEndsAt().map(now::isBefore).orElse(false);
    if (!standstill) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "complaint.refused.noStandstill");
    }
    FieldChecks checks = new FieldChecks();
    String complaintText = checks.text("text", text, TenderResponses.TEXT_MAX, true);
    checks.throwIfAny();
    Complaint complaint =
        new Complaint(
            tender, em.find(Organisation.class, caller.organisationId()), complaintText, now);
    em.persist(complaint);
    em.flush();
    trail.record(tender, caller, "COMPLAINT_FILED", "complaint " + complaint.id());
    notices.complaintFiled(tender);
    return complaint;
  }

  public Complaint decide(
      long tenderId, long complaintId, String outcome, String text, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    Complaint complaint = em.find(Complaint.class, complaintId);
    if (complaint == null || !complaint.tender().id().equals(tender.id())) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    if (!complaint.isPending()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "complaint.refused.decided");
    }
    FieldChecks checks = new FieldChecks();
    ComplaintOutcome decided = null;
    try {
      decided =
          ComplaintOutcome.valueOf(outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      checks.add("outcome", "complaint.field.outcome");
    }
    String explanation = checks.text("explanation", text, TenderResponses.TEXT_MAX, true);
    checks.throwIfAny();
    complaint.decide(decided, explanation, clock.instant());
    trail.record(tender, caller, "COMPLAINT_DECIDED", "complaint " + complaintId + ": " + decided);
    return complaint;
  }

  /** Every complaint for the buyer's staff; a supplier sees only its own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Complaint> visibleComplaints(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    boolean staff = TenderAccess.isBuyerStaff(tender, caller);
    return em
        .createQuery(
            "select c from Complaint c where c.tender = :tender order by c.id", Complaint.class)
        .setParameter("tender", tender)
        .getResultList()
        .stream()
        .filter(c -> staff || (caller != null && c.filedBy().id() == caller.organisationId()))
        .toList();
  }
}
