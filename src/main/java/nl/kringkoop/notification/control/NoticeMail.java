package nl.kringkoop.notification.control;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;

/**
 * The e-mail for a notice: plain text with the Dutch message, a separator line, the English
 * message, each followed by the absolute link. Mail goes out in both languages because the platform
 * does not know which language a recipient reads.
 */
public record NoticeMail(String subject, String text) {

  static final String SEPARATOR = "----------------------------------------";

  /** Where a notice without its own link sends the reader. */
  static final String MESSAGES_PAGE = "/messages.xhtml";

  public static NoticeMail of(String messageKey, List<String> args, String link, String baseUrl) {
    String url = absolute(baseUrl, link == null ? MESSAGES_PAGE : link);
    NotificationText dutch = NotificationText.of(messageKey, args, Messages.DUTCH);
    NotificationText english = NotificationText.of(messageKey, args, Locale.ENGLISH);
    String text =
        part(dutch, Messages.DUTCH, url)
            + "\n"
            + SEPARATOR
            + "\n\n"
            + part(english, Locale.ENGLISH, url);
    return new NoticeMail(dutch.subject() + " / " + english.subject(), text);
  }

  private static String part(NotificationText message, Locale locale, String url) {
    return message.body()
        + "\n\n"
        + Messages.get(locale, "notification.mail.open", url)
        + "\n\n"
        + Messages.get(locale, "notification.mail.footer")
        + "\n";
  }

  static String absolute(String baseUrl, String path) {
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    return base + path;
  }
}
