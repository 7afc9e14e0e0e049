package nl.kringkoop.notification.control;

import java.util.List;

/**
 * Fired when in-app messages for a notice were stored; observed after the transaction succeeds to
 * send the e-mails, so a rolled-back change never mails anyone.
 */
public record NoticeRecorded(Notice notice, List<Recipient> recipients) {

  public NoticeRecorded {
    recipients = List.copyOf(recipients);
  }

  /** A user to mail; the id is what the log names, never the address. */
  public record Recipient(long userId, String email) {}
}
