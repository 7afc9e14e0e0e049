package nl.kringkoop.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import nl.kringkoop.identity.entity.Organisation;

/**
 * A participant's written question and the buyer's answer. An answer stays unpublished until the
 * officer publishes a batch; then it gets its number in the nota van inlichtingen and every
 * participant sees it at the same moment, without the name of who asked.
 */
@Entity
@Table(name = "tender_question")
public class Question {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "asked_by")
  private Organisation askedBy;

  @Column(name = "question", nullable = false)
  private String text;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(name = "answer")
  private String answer;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "answer_number")
  private Integer number;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected Question() {}

  public Question(Tender tender, Organisation askedBy, String text, Instant now) {
    this.tender = tender;
    this.askedBy = askedBy;
    this.text = text;
    this.askedAt = now;
  }

  /** Writes or rewrites the answer; a published answer is final (publish a new one instead). */
  public boolean answer(String written, Instant now) {
    if (publishedAt != null) {
      return false;
    }
    answer = written;
    answeredAt = now;
    return true;
  }

  public void publish(int assignedNumber, Instant now) {
    number = assignedNumber;
    publishedAt = now;
  }

  public boolean isReadyToPublish() {
    return answer != null && publishedAt == null;
  }

  public Long id() {
    return id;
  }

  public Tender tender() {
    return tender;
  }

  public Organisation askedBy() {
    return askedBy;
  }

  public String text() {
    return text;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public Optional<String> answer() {
    return Optional.ofNullable(answer);
  }

  public Optional<Integer> number() {
    return Optional.ofNullable(number);
  }

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }
}
