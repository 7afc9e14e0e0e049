package nl.kringkoop.partnership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.notification.control.Notice;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.ConsortiumMember;
import nl.kringkoop.partnership.entity.InvitationStatus;
import nl.kringkoop.tender.control.TenderNotices;

/**
 * Tells the firms of a consortium what happened to it, in the app and by email, in the same
 * transaction as the change: invitations, each answer (to the lead), formation and dissolution.
 */
@ApplicationScoped
public class ConsortiumNotices {

  static final String INBOX = "/supplier/partnerships.xhtml";

  @Inject Notifications notifications;

  void invited(Consortium consortium, Set<Long> firms) {
    send(
        consortium,
        firms,
        "notification.consortium.invited",
        INBOX,
        consortium.lead().name(),
        consortium.tender().title());
  }

  void accepted(Consortium consortium, Organisation firm) {
    send(
        consortium,
        Set.of(consortium.lead().id()),
        "notification.consortium.accepted",
        INBOX,
        firm.name(),
        consortium.tender().title());
  }

  void declined(Consortium consortium, Organisation firm, String reason) {
    send(
        consortium,
        Set.of(consortium.lead().id()),
        "notification.consortium.declined",
        INBOX,
        firm.name(),
        consortium.tender().title(),
        reason == null ? "–" : reason);
  }

  void formed(Consortium consortium) {
    send(
        consortium,
        consortium.firmIds(),
        "notification.consortium.formed",
        TenderNotices.SUPPLIER_PAGE + consortium.tender().id(),
        consortium.tender().title(),
        consortium.lead().name());
  }

  void dissolved(Consortium consortium) {
    Set<Long> members = new TreeSet<>();
    consortium.members().stream()
        .filter(m -> m.invitation() != InvitationStatus.DECLINED)
        .map(ConsortiumMember::organisation)
        .forEach(firm -> members.add(firm.id()));
    send(
        consortium,
        members,
        "notification.consortium.dissolved",
        INBOX,
        consortium.tender().title(),
        consortium.lead().name());
  }

  private void send(
      Consortium consortium, Set<Long> firms, String key, String link, String... args) {
    if (!firms.isEmpty()) {
      notifications.send(Notice.about(consortium.tender().id(), firms, key, link, args));
    }
  }
}
