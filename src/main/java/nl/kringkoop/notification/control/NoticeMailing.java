package nl.kringkoop.notification.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.notification.control.NoticeRecorded.Recipient;

/**
 * Mails a notice to its recipients once the change that caused it is committed, on a thread of its
 * own: the caller never waits for the mail server, and a mail that fails is logged, never undoes
 * the change.
 */
@ApplicationScoped
public class NoticeMailing {

  private static final Logger LOG = Logger.getLogger(NoticeMailing.class.getName());

  @Inject MailSession mail;

  @Inject Clock clock;

  private static final int QUEUED_MAX = 10_000;

  /**
   * A plain thread rather than a managed executor: Payara's managed task, when it ends, closes the
   * non-transactional EntityManager of the request that submitted it (its context clean-up runs on
   * the propagated invocation), so a request still reading after the commit failed now and then
   * with "closed EntityManager". Sending mail needs no container context.
   */
  private final ThreadPoolExecutor executor =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(QUEUED_MAX),
          task -> {
            Thread thread = new Thread(task, "kringkoop-mail");
            thread.setDaemon(true);
            return thread;
          });

  @PreDestroy
  void stop() {
    executor.shutdown();
  }

  void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) NoticeRecorded recorded) {
    if (!mail.enabled()) {
      return;
    }
    Notice notice = recorded.notice();
    NoticeMail text =
        NoticeMail.of(notice.messageKey(), notice.args(), notice.link(), mail.baseUrl());
    try {
      executor.execute(
          () -> recorded.recipients().forEach(recipient -> send(recipient, notice, text)));
    } catch (RejectedExecutionException busy) {
      LOG.warning(
          () ->
              "Not mailing "
                  + notice.messageKey()
                  + " to "
                  + recorded.recipients().size()
                  + " users: "
                  + busy.getMessage());
    }
  }

  private void send(Recipient recipient, Notice notice, NoticeMail text) {
    try {
      MimeMessage message = new MimeMessage(mail.session());
      message.setFrom(new InternetAddress(mail.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient.email(), true));
      message.setSubject(text.subject(), "UTF-8");
      message.setText(text.text(), "UTF-8");
      message.setSentDate(Date.from(clock.instant()));
      Transport.send(message);
    } catch (MessagingException | RuntimeException failed) {
      // one line per failure: the mail server being away must not flood the log with traces
      LOG.log(
          Level.WARNING,
          "Mail {0} to user {1} failed: {2}",
          new Object[] {notice.messageKey(), recipient.userId(), failed.toString()});
    }
  }
}
