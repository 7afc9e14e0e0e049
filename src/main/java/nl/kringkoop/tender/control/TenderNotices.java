package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.notification.control.Notice;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells participants what happened to a tender, in the app and by email, in the same transaction as
 * the change. On publication it invites local firms whose CPV groups fit the need; the matching
 * engine will rank these invitations, and an uninvited firm may always respond.
 */
@ApplicationScoped
public class TenderNotices {

  static final String SUPPLIER_PAGE = "/supplier/tender.xhtml?id=";
  static final String OFFICER_PAGE = "/officer/tender.xhtml?id=";
  private static final int GROUP_DIGITS = 3;

  @PersistenceContext EntityManager em;

  @Inject Notifications notifications;

  @Inject Regions regions;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "tender.invitations.max", defaultValue = "25")
  int maxInvitations;

  public void published(Tender tender) {
    Set<Long> invited = invitedSuppliers(tender);
    if (invited.isEmpty()) {
      return;
    }
    toSuppliers(tender, invited, "notification.tender.published", tender.title());
    audit.record(
        AuditEvent.of(AuditLog.SYSTEM, tender.buyer().id(), "SUPPLIERS_INVITED")
            .about(TenderTrail.OBJECT_TYPE, tender.id())
            .withDetail(
                invited.size()
                    + " firms: "
                    + invited.stream().map(String::valueOf).collect(Collectors.joining(", "))));
  }

  /** After a phase change: selection results when dialogue starts, otherwise the new phase. */
  public void phaseChanged(Tender tender, List<TenderResponse> responses) {
    if (tender.status() == TenderStatus.DIALOGUE) {
      toSuppliers(
          tender,
          leads(responses, r -> r.status().isCandidate()),
          "notification.tender.selected",
          tender.title());
      toSuppliers(
          tender,
          leads(responses, r -> r.status() == ResponseStatus.NOT_SELECTED),
          "notification.tender.notSelected",
          tender.title());
    } else if (tender.status() == TenderStatus.AWARDED) {
      toSuppliers(
          tender,
          leads(responses, r -> r.status() == ResponseStatus.OFFERED),
          "notification.tender.awarded",
          tender.title());
    } else {
      toSuppliers(
          tender,
          leads(responses, r -> r.status() != ResponseStatus.WITHDRAWN),
          "notification.tender.phaseChanged",
          tender.title(),
          tender.status().name());
    }
  }

  public void cancelled(Tender tender, List<TenderResponse> responses) {
    toSuppliers(
        tender,
        leads(responses, r -> true),
        "notification.tender.cancelled",
        tender.title(),
        tender.cancelReason().orElse(""));
  }

  public void questionAsked(Tender tender) {
    toBuyer(tender, "notification.tender.questionAsked");
  }

  public void complaintFiled(Tender tender) {
    toBuyer(tender, "notification.tender.complaintFiled");
  }

  public void answersPublished(Tender tender, int count, Set<Long> participants) {
    toSuppliers(
        tender,
        participants,
        "notification.tender.answersPublished",
        tender.title(),
        String.valueOf(count));
  }

  public void awardIntended(Tender tender, List<TenderResponse> responses) {
    String winners =
        responses.stream()
            .filter(r -> r.outcome().orElse(null) == AwardOutcome.WINNER)
            .map(r -> r.supplier().name())
            .collect(Collectors.joining(", "));
    toSuppliers(
        tender,
        leads(responses, r -> r.status() == ResponseStatus.OFFERED),
        "notification.tender.awardIntended",
        tender.title(),
        winners);
  }

  private void toSuppliers(Tender tender, Set<Long> organisations, String key, String... args) {
    if (!organisations.isEmpty()) {
      notifications.send(
          Notice.about(tender.id(), organisations, key, SUPPLIER_PAGE + tender.id(), args));
    }
  }

  private void toBuyer(Tender tender, String key) {
    notifications.send(
        Notice.about(
            tender.id(),
            Set.of(tender.buyer().id()),
            key,
            OFFICER_PAGE + tender.id(),
            tender.title()));
  }

  private static Set<Long> leads(
      List<TenderResponse> responses, java.util.function.Predicate<TenderResponse> which) {
    Set<Long> ids = new TreeSet<>();
    responses.stream()
        .filter(which)
        .forEach(
            r -> {
              ids.add(r.supplier().id());
              ids.addAll(r.partnerIds());
            });
    return ids;
  }

  /** Firms in the need's COROP region offering something in one of its CPV groups. */
  private Set<Long> invitedSuppliers(Tender tender) {
    Set<String> groups =
        tender.cpvCodes().stream()
            .map(CpvCode::digits)
            .map(d -> d.substring(0, GROUP_DIGITS))
            .collect(Collectors.toSet());
    var region =
        tender.location().flatMap(regions::municipality).map(m -> m.region().code()).orElse(null);
    if (groups.isEmpty() || region == null) {
      return Set.of();
    }
    List<String> groupList = List.copyOf(groups);
    String placeholders = String.join(", ", java.util.Collections.nCopies(groupList.size(), "?"));
    var query =
        em.createNativeQuery(
            "select distinct c.organisation_id from supplier_cpv c"
                + " join organisation o on o.id = c.organisation_id"
                + " join municipality m on m.code = o.municipality_code"
                + " where m.corop_code = ? and substring(c.cpv_code, 1, 3) in ("
                + placeholders
                + ") order by c.organisation_id");
    query.setParameter(1, region);
    for (int i = 0; i < groupList.size(); i++) {
      query.setParameter(i + 2, groupList.get(i));
    }
    Set<Long> invited = new TreeSet<>();
    for (Object id : query.setMaxResults(maxInvitations).getResultList()) {
      invited.add(((Number) id).longValue());
    }
    return invited;
  }
}
