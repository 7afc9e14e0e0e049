package nl.kringkoop.partnership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.ConsortiumMember;
import nl.kringkoop.partnership.entity.ConsortiumStatus;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.ResponseForm;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * The entry point of the partnership component: a supplier proposes a consortium for an open
 * tender, invited firms accept or decline, the lead replaces a firm that declined or dissolves the
 * consortium, and a formed consortium pitches through its lead. Each step is audited under the
 * consortium (with its tender) and told to the firms concerned, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Consortia {

  public static final String OBJECT_TYPE = "CONSORTIUM";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Tenders tenders;

  @Inject TenderResponses responses;

  @Inject ConsortiumFinder finder;

  @Inject ConsortiumNotices notices;

  @Inject AuditLog audit;

  /** The caller's firm proposes a consortium that it leads and invites the partners named. */
  public Consortium propose(long tenderId, ConsortiumForm form, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Tender tender = tenders.visible(tenderId, caller);
    Instant now = clock.instant();
    Consortium.requireEntriesOpen(tender, now);
    long leadId = caller.organisationId();
    ConsortiumRules.Proposal proposal = rules().proposal(form, leadId);
    Set<Long> firms = new TreeSet<>(proposal.partners().keySet());
    firms.add(leadId);
    requireFree(tender, firms, null);
    List<Consortium.Invitation> invitations =
        proposal.partners().entrySet().stream()
            .map(p -> new Consortium.Invitation(firm(p.getKey()), p.getValue()))
            .toList();
    Consortium consortium = new Consortium(tender, firm(leadId), proposal.lead(), invitations, now);
    em.persist(consortium);
    em.flush();
    record(consortium, caller, "CONSORTIUM_PROPOSED", shares(consortium));
    notices.invited(consortium, proposal.partners().keySet());
    return consortium;
  }

  /** The caller's firm accepts its invitation; the last acceptance forms the consortium. */
  public Consortium accept(long id, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Consortium consortium = finder.visible(id, caller);
    long firmId = caller.organisationId();
    boolean formed = consortium.accept(firmId, clock.instant());
    requireFree(consortium.tender(), Set.of(firmId), consortium.id());
    em.flush();
    record(consortium, caller, "CONSORTIUM_INVITATION_ACCEPTED", null);
    notices.accepted(consortium, firm(firmId));
    if (formed) {
      record(consortium, caller, "CONSORTIUM_FORMED", shares(consortium));
      notices.formed(consortium);
    }
    return consortium;
  }

  /** The caller's firm declines its invitation, optionally saying why. */
  public Consortium decline(long id, String reason, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Consortium consortium = finder.visible(id, caller);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, ConsortiumMember.REASON_MAX, false);
    checks.throwIfAny();
    consortium.decline(caller.organisationId(), why, clock.instant());
    em.flush();
    record(consortium, caller, "CONSORTIUM_INVITATION_DECLINED", why);
    notices.declined(consortium, firm(caller.organisationId()), why);
    return consortium;
  }

  /** The lead invites another firm in the place of one that declined, re-giving the shares. */
  public Consortium replace(
      long id, long declinedFirmId, ReplacementForm form, SignedInCaller caller) {
    Consortium consortium = forLead(id, caller, form.version);
    Instant now = clock.instant();
    consortium.declined(declinedFirmId, now);
    Map<Long, BigDecimal> remaining = new LinkedHashMap<>();
    consortium.members().stream()
        .filter(m -> !m.isFirm(declinedFirmId))
        .forEach(m -> remaining.put(m.organisation().id(), m.sharePercent()));
    ConsortiumRules.Replacement replacement =
        rules().replacement(form, remaining, consortium.lead().id());
    requireFree(consortium.tender(), Set.of(replacement.supplierId()), null);
    consortium.replace(
        declinedFirmId,
        new Consortium.Invitation(firm(replacement.supplierId()), replacement.share()),
        replacement.reshares(),
        now);
    em.flush();
    record(
        consortium,
        caller,
        "CONSORTIUM_MEMBER_REPLACED",
        declinedFirmId + " -> " + replacement.supplierId() + "; " + shares(consortium));
    notices.invited(consortium, Set.of(replacement.supplierId()));
    return consortium;
  }

  /** The lead ends the consortium; refused while its pitch as this consortium stands. */
  public Consortium dissolve(long id, Long version, SignedInCaller caller) {
    Consortium consortium = forLead(id, caller, version);
    if (hasPitched(consortium)) {
      throw new ProblemException(ProblemType.CONFLICT, "consortium.refused.pitched");
    }
    consortium.dissolve(clock.instant());
    em.flush();
    record(consortium, caller, "CONSORTIUM_DISSOLVED", null);
    notices.dissolved(consortium);
    return consortium;
  }

  /**
   * Pitches for the tender as the consortium named in the form: only its lead, only once it is
   * formed, with its members as the response's partners.
   */
  public TenderResponse pitch(long tenderId, ResponseForm form, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Consortium consortium =
        form.consortiumId == null ? null : em.find(Consortium.class, form.consortiumId);
    if (consortium == null
        || !ConsortiumFinder.maySee(consortium, caller)
        || consortium.tender().id() != tenderId) {
      throw invalid("consortiumId", "consortium.field.consortium");
    }
    if (!consortium.isLedBy(caller.organisationId())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "consortium.refused.notLead");
    }
    if (consortium.status() != ConsortiumStatus.FORMED) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "consortium.refused.notFormed");
    }
    if (form.partnerIds != null
        && !new HashSet<>(form.partnerIds).equals(consortium.partnerIds())) {
      throw invalid("partnerIds", "consortium.field.partnersMismatch");
    }
    form.partnerIds = List.copyOf(consortium.partnerIds());
    return responses.submit(tenderId, form, caller);
  }

  private Consortium forLead(long id, SignedInCaller caller, Long version) {
    TenderAccess.requireSupplier(caller);
    Consortium consortium = finder.visible(id, caller);
    if (!consortium.isLedBy(caller.organisationId())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "consortium.refused.notLead");
    }
    if (version != null && version != consortium.version()) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
    return consortium;
  }

  /** A firm takes part in a tender once: in one response and in one live consortium at most. */
  private void requireFree(Tender tender, Set<Long> firms, Long ownConsortiumId) {
    Set<Long> responding = responses.responding(tender, firms);
    if (!responding.isEmpty()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "consortium.refused.alreadyTakingPart", names(responding));
    }
    Set<Long> bound = finder.bound(tender, firms, ownConsortiumId);
    if (!bound.isEmpty()) {
      throw new ProblemException(
          ProblemType.CONFLICT, "consortium.refused.alreadyInConsortium", names(bound));
    }
  }

  private boolean hasPitched(Consortium consortium) {
    return responses
        .ownResponse(consortium.tender(), consortium.lead().id())
        .filter(r -> r.status() != ResponseStatus.WITHDRAWN)
        .filter(r -> r.partnerIds().equals(consortium.partnerIds()))
        .isPresent();
  }

  private Organisation firm(long id) {
    return em.find(Organisation.class, id);
  }

  private String names(Set<Long> firms) {
    return firms.stream().map(this::firm).map(Organisation::name).collect(Collectors.joining(", "));
  }

  private boolean isActiveSupplier(long id) {
    Organisation organisation = em.find(Organisation.class, id);
    return organisation != null
        && organisation.kind() == OrganisationKind.SUPPLIER
        && !organisation.isRemoved();
  }

  private ConsortiumRules rules() {
    return new ConsortiumRules(this::isActiveSupplier);
  }

  private static String shares(Consortium consortium) {
    return consortium.members().stream()
        .map(m -> m.organisation().id() + " " + m.role() + " " + m.sharePercent() + "%")
        .collect(Collectors.joining(", "));
  }

  private static ProblemException invalid(String field, String key) {
    return ProblemException.invalid(List.of(new InvalidField(field, key)));
  }

  private void record(Consortium consortium, SignedInCaller caller, String action, String detail) {
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), action)
            .about(OBJECT_TYPE, consortium.id())
            .withDetail(
                "tender " + consortium.tender().id() + (detail == null ? "" : ": " + detail)));
  }
}
