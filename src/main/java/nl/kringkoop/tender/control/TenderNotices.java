package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.notification.control.Notice;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Tells participants what happened to a tender, in the app and by email, in the same transaction as
 * the change. (Invitations on publication are the matching component's.)
 */
@ApplicationScoped
public class TenderNotices {

  /** A supplier's page of a tender, to which notices link (append the tender id). */
  public static final String SUPPLIER_PAGE = "/supplier/tender.xhtml?id=";

  static final String OFFICER_PAGE = "/officer/tender.xhtml?id=";

  @Inject Notifications notifications;

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
}
