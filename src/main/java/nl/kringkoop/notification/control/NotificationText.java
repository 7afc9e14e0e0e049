package nl.kringkoop.notification.control;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;

/**
 * A message in one language: the subject ({@code <key>.subject}) and the sentence that explains it
 * ({@code <key>.body}), with the arguments filled in.
 */
public record NotificationText(String subject, String body) {

  public static NotificationText of(String messageKey, List<String> args, Locale locale) {
    Object[] values = args.toArray();
    return new NotificationText(
        Messages.get(locale, messageKey + ".subject", values),
        Messages.get(locale, messageKey + ".body", values));
  }
}
