package nl.kringkoop.platform.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A local SMTP server that catches the application's mail during integration tests. It listens on
 * {@code it.smtp.port} (default 3025) on every interface, the port the build gives the application
 * under test as {@code MAIL_SMTP_PORT}. Start one per test class, stop it afterwards.
 */
public final class MailInbox implements AutoCloseable {

  public static final int DEFAULT_PORT = 3025;

  private final GreenMail server;

  public MailInbox() {
    this(Integer.getInteger("it.smtp.port", DEFAULT_PORT));
  }

  public MailInbox(int port) {
    server = new GreenMail(new ServerSetup(port, "0.0.0.0", ServerSetup.PROTOCOL_SMTP));
  }

  public MailInbox start() {
    server.start();
    return this;
  }

  public void stop() {
    server.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** Every message received so far, in order of arrival. */
  public List<MimeMessage> messages() {
    return List.of(server.getReceivedMessages());
  }

  /** The messages received so far with this address among their recipients. */
  public List<MimeMessage> messagesTo(String email) {
    return messages().stream().filter(message -> addressedTo(message, email)).toList();
  }

  /**
   * Waits until at least {@code count} messages for the address have arrived; the application mails
   * after its transaction commits, on another thread, so mail trails the HTTP answer.
   *
   * @throws AssertionError when they do not arrive in time
   */
  public List<MimeMessage> awaitMessagesTo(String email, int count, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> received = messagesTo(email);
    while (received.size() < count) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Expected "
                + count
                + " mails to "
                + email
                + " within "
                + timeout
                + ", got "
                + received.size());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for mail", interrupted);
      }
      received = messagesTo(email);
    }
    return received;
  }

  /** Forgets what arrived so far, so the next test counts from zero. */
  public void clear() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static boolean addressedTo(MimeMessage message, String email) {
    try {
      Address[] recipients = message.getRecipients(Message.RecipientType.TO);
      return recipients != null
          && Arrays.stream(recipients).anyMatch(address -> sameAddress(address, email));
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static boolean sameAddress(Address address, String email) {
    String text =
        address instanceof jakarta.mail.internet.InternetAddress internet
            ? internet.getAddress()
            : address.toString();
    return text.equalsIgnoreCase(email);
  }
}
