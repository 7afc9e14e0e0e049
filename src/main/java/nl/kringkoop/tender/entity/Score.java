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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One committee member's score (0 to 10) for one quality criterion of one offer, with motivation.
 */
@Entity
@Table(name = "tender_score")
public class Score {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "response_id")
  private TenderResponse response;

  @Column(name = "criterion_ordinal", nullable = false)
  private int criterion;

  @Column(name = "scored_by", nullable = false)
  private String scoredBy;

  @Column(name = "score", nullable = false)
  private BigDecimal value;

  @Column(name = "motivation", nullable = false)
  private String motivation;

  @Column(name = "scored_at", nullable = false)
  private Instant scoredAt;

  protected Score() {}

  public Score(
      TenderResponse response,
      int criterion,
      String scoredBy,
      BigDecimal value,
      String motivation,
      Instant now) {
    this.tender = response.tender();
    this.response = response;
    this.criterion = criterion;
    this.scoredBy = scoredBy;
    rescore(value, motivation, now);
  }

  public void rescore(BigDecimal newValue, String newMotivation, Instant now) {
    value = newValue;
    motivation = newMotivation;
    scoredAt = now;
  }

  public Long id() {
    return id;
  }

  public TenderResponse response() {
    return response;
  }

  public int criterion() {
    return criterion;
  }

  public String scoredBy() {
    return scoredBy;
  }

  public BigDecimal value() {
    return value;
  }

  public String motivation() {
    return motivation;
  }

  public Instant scoredAt() {
    return scoredAt;
  }
}
