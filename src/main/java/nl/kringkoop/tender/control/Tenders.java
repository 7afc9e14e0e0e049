package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.tender.entity.NeedDescription;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The entry point of the tender component: officers draft, publish, advance and cancel needs. Every
 * change checks the caller's role and the buyer, compares the version the officer started from, and
 * is written to the audit trail together with the change.
 */
@ApplicationScoped
@Transactional
public class Tenders {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  @Inject ProcedureAdvisor advisor;

  @Inject TenderFacts facts;

  @Inject TenderResponses responses;

  @Inject Evaluation evaluation;

  @Inject TenderTrail trail;

  @Inject TenderNotices notices;

  @Inject Event<TenderPublished> published;

  public Tender draft(NeedForm form, SignedInCaller caller) {
    Organisation buyer = em.find(Organisation.class, caller.organisationId());
    if (!caller.hasRole(Role.OFFICER)
        || buyer == null
        || buyer.kind() != OrganisationKind.MUNICIPALITY) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    NeedDescription need = rules().describe(form);
    Tender tender = new Tender(buyer, caller.username(), need, clock.instant());
    em.persist(tender);
    em.flush();
    trail.record(tender, caller, "TENDER_DRAFTED", tender.title());
    return tender;
  }

  public Tender change(long id, NeedForm form, SignedInCaller caller) {
    Tender tender = forBuyerOfficer(id, caller, form.version);
    NeedDescription need = rules().describe(form);
    tender.describe(need, clock.instant());
    em.flush();
    trail.record(tender, caller, "TENDER_CHANGED", tender.title());
    return tender;
  }

  /** Publishes a complete draft; otherwise a validation problem lists every gap at once. */
  public Tender publish(long id, Long version, SignedInCaller caller) {
    Tender tender = forBuyerOfficer(id, caller, version);
    if (tender.status() != TenderStatus.DRAFT) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "tender.refused.notDraft");
    }
    Instant now = clock.instant();
    Optional<ProcedureAdvice> advice = advice(tender, now);
    FieldChecks problems = rules().publishable(tender, advice.orElse(null), now);
    problems.throwIfAny();
    ProcedureType procedure =
        tender.procedureType().orElseGet(() -> advice.orElseThrow().defaultType());
    tender.publish(procedure, now);
    em.flush();
    trail.record(tender, caller, "TENDER_PUBLISHED", procedure.name());
    published.fire(new TenderPublished(tender.id()));
    return tender;
  }

  /** Moves the tender to its next phase when that phase's conditions hold. */
  public Tender advance(long id, TenderStatus target, Long version, SignedInCaller caller) {
    Tender tender = forBuyerOfficer(id, caller, version);
    TenderStatus from = tender.status();
    if (target == TenderStatus.PUBLISHED) {
      return publish(id, version, caller);
    }
    boolean sealedUntilNow = tender.offersOpenedAt().isEmpty();
    tender.advance(target, facts.of(tender, evaluation), clock.instant());
    em.flush();
    trail.record(tender, caller, "TENDER_PHASE_CHANGED", from + " -> " + target);
    if (target == TenderStatus.EVALUATION && sealedUntilNow) {
      trail.record(tender, caller, "OFFERS_OPENED", null);
    }
    notices.phaseChanged(tender, responses.all(tender));
    return tender;
  }

  public Tender cancel(long id, String reason, Long version, SignedInCaller caller) {
    Tender tender = forBuyerOfficer(id, caller, version);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, TenderRules.GOAL_MAX, true);
    checks.throwIfAny();
    tender.cancel(why, clock.instant());
    em.flush();
    trail.record(tender, caller, "TENDER_CANCELLED", why);
    notices.cancelled(tender, responses.all(tender));
    return tender;
  }

  /** The advice for the tender's value, judged on its publication date (or today for a draft). */
  public Optional<ProcedureAdvice> advice(Tender tender, Instant now) {
    LocalDate date =
        tender.publishedAt().orElse(now).atZone(ClockProducer.DISPLAY_ZONE).toLocalDate();
    return tender
        .valueForAdvice()
        .map(
            value ->
                advisor.advise(
                    value,
                    tender.purchaseKind(),
                    tender
                        .location()
                        .map(Object::toString)
                        .orElse(tender.buyer().code().orElse(null)),
                    date));
  }

  /** The checks a publish would make now, for the wizard's last step. */
  public FieldChecks publishProblems(Tender tender) {
    Instant now = clock.instant();
    return rules().publishable(tender, advice(tender, now).orElse(null), now);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Tender> find(long id) {
    return Optional.ofNullable(em.find(Tender.class, id));
  }

  /** The tender if the caller may see it; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Tender visible(long id, SignedInCaller caller) {
    Tender tender = find(id).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    TenderAccess.requireVisible(tender, caller);
    return tender;
  }

  /** The tender for a change by one of its buyer's officers, at the version they started from. */
  Tender forBuyerOfficer(long id, SignedInCaller caller, Long version) {
    Tender tender = visible(id, caller);
    TenderAccess.requireBuyerOfficer(tender, caller);
    if (version != null && version != tender.version()) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
    return tender;
  }

  public Instant now() {
    return clock.instant();
  }

  private TenderRules rules() {
    return new TenderRules(cpv::resolve, code -> regions.municipality(code).isPresent());
  }
}
