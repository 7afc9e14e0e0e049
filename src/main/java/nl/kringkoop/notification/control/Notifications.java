package nl.kringkoop.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.notification.control.NoticeRecorded.Recipient;
import nl.kringkoop.notification.entity.Notification;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Entry point of the notification component. {@link #send} stores an in-app message for every
 * enabled user of the organisations concerned, in the caller's transaction, and has them mailed
 * after it commits; users read and dismiss only their own messages.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Notifications {

  @PersistenceContext EntityManager em;

  @Inject Accounts accounts;

  @Inject Clock clock;

  @Inject Event<NoticeRecorded> recorded;

  /**
   * Tells every enabled user of the notice's organisations. Joins the caller's transaction: the
   * messages are stored with the change they report, and mailed only when it is committed.
   */
  @Transactional
  public void send(Notice notice) {
    Instant now = Instant.now(clock);
    List<Recipient> recipients = new ArrayList<>();
    for (long organisationId : new TreeSet<>(notice.organisationIds())) {
      for (UserAccount user : accounts.members(organisationId)) {
        if (user.isEnabled()) {
          em.persist(
              new Notification(
                  user.id(),
                  notice.messageKey(),
                  notice.args(),
                  notice.link(),
                  notice.tenderId(),
                  now));
          recipients.add(new Recipient(user.id(), user.email()));
        }
      }
    }
    if (!recipients.isEmpty()) {
      recorded.fire(new NoticeRecorded(notice, recipients));
    }
  }

  /** The user's messages, newest first. */
  public Page<Notification> forUser(long userId, PageRequest request) {
    long total =
        em.createQuery(
                "select count(n) from Notification n where n.recipientUserId = :user", Long.class)
            .setParameter("user", userId)
            .getSingleResult();
    List<Notification> items =
        em.createQuery(
                "select n from Notification n where n.recipientUserId = :user"
                    + " order by n.createdAt desc, n.id desc",
                Notification.class)
            .setParameter("user", userId)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    return new Page<>(items, total);
  }

  public long unreadCount(long userId) {
    return em.createQuery(
            "select count(n) from Notification n"
                + " where n.recipientUserId = :user and n.readAt is null",
            Long.class)
        .setParameter("user", userId)
        .getSingleResult();
  }

  /**
   * Marks one of the caller's own messages read and returns it.
   *
   * @throws ProblemException 404 for an unknown message or someone else's, alike
   */
  @Transactional
  public Notification markRead(long id, SignedInCaller caller) {
    Notification notification = em.find(Notification.class, id);
    if (notification == null || notification.recipientUserId() != caller.userId()) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    notification.markRead(Instant.now(clock));
    return notification;
  }

  /** Marks all of the caller's messages read; returns how many were unread. */
  @Transactional
  public int markAllRead(SignedInCaller caller) {
    Instant now = Instant.now(clock);
    List<Notification> unread =
        em.createQuery(
                "select n from Notification n"
                    + " where n.recipientUserId = :user and n.readAt is null",
                Notification.class)
            .setParameter("user", caller.userId())
            .getResultList();
    unread.forEach(notification -> notification.markRead(now));
    return unread.size();
  }
}
