package nl.kringkoop.notification.boundary;

import java.time.Instant;
import java.util.Locale;
import nl.kringkoop.notification.control.NotificationText;
import nl.kringkoop.notification.entity.Notification;

/** A message as the API and the messages page show it, in the reader's language. */
public record NotificationView(
    long id,
    String subject,
    String message,
    String link,
    Long tenderId,
    Instant createdAt,
    boolean read) {

  public static NotificationView of(Notification notification, Locale locale) {
    NotificationText text =
        NotificationText.of(notification.messageKey(), notification.args(), locale);
    return new NotificationView(
        notification.id(),
        text.subject(),
        text.body(),
        notification.link().orElse(null),
        notification.tenderId().orElse(null),
        notification.createdAt(),
        notification.isRead());
  }
}
