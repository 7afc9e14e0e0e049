package nl.kringkoop.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A candidate's complaint against the intended award; while pending it holds the award back. */
@Entity
@Table(name = "tender_complaint")
public class Complaint {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "filed_by")
  private Organisation filedBy;

  @Column(name = "complaint_text", nullable = false)
  private String text;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private ComplaintOutcome outcome;

  @Column(name = "outcome_text")
  private String outcomeText;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Complaint() {}

  public Complaint(Tender tender, Organisation filedBy, String text, Instant now) {
    this.tender = tender;
    this.filedBy = filedBy;
    this.text = text;
    this.filedAt = now;
  }

  public void decide(ComplaintOutcome decided, String explanation, Instant now) {
    outcome = decided;
    outcomeText = explanation;
    decidedAt = now;
  }

  public boolean isPending() {
    return outcome == null;
  }

  public Long id() {
    return id;
  }

  public Tender tender() {
    return tender;
  }

  public Organisation filedBy() {
    return filedBy;
  }

  public String text() {
    return text;
  }

  public Instant filedAt() {
    return filedAt;
  }

  public Optional<ComplaintOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<String> outcomeText() {
    return Optional.ofNullable(outcomeText);
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }
}
