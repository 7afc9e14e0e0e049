package nl.kringkoop.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to one user, kept as a message key with arguments so it reads in whatever language
 * the user has chosen when they look at it. Unread until the user opens or dismisses it.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public static final int KEY_LENGTH = 120;
  public static final int LINK_LENGTH = 300;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recipient_user_id", nullable = false, updatable = false)
  private long recipientUserId;

  @Column(name = "tender_id", updatable = false)
  private Long tenderId;

  @Column(name = "message_key", nullable = false, updatable = false, length = KEY_LENGTH)
  private String messageKey;

  @Column(
      name = "message_args",
      nullable = false,
      updatable = false,
      length = MessageArgs.MAX_LENGTH)
  private String messageArgs;

  @Column(name = "link", updatable = false, length = LINK_LENGTH)
  private String link;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  public Notification(
      long recipientUserId,
      String messageKey,
      List<String> args,
      String link,
      Long tenderId,
      Instant createdAt) {
    this.recipientUserId = recipientUserId;
    this.messageKey = Objects.requireNonNull(messageKey);
    this.messageArgs = MessageArgs.encode(args);
    this.link = link;
    this.tenderId = tenderId;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Marks the message read; reading it again keeps the first moment. */
  public void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  public boolean isRead() {
    return readAt != null;
  }

  public Long id() {
    return id;
  }

  public long recipientUserId() {
    return recipientUserId;
  }

  public Optional<Long> tenderId() {
    return Optional.ofNullable(tenderId);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<String> args() {
    return MessageArgs.decode(messageArgs);
  }

  public Optional<String> link() {
    return Optional.ofNullable(link);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }
}
