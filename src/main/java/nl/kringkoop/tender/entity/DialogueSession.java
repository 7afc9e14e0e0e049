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

/** A dialogue session with one candidate in the rapid procurement phase, with its minutes. */
@Entity
@Table(name = "dialogue_session")
public class DialogueSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "response_id")
  private TenderResponse candidate;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "duration_minutes", nullable = false)
  private int durationMinutes;

  @Column(name = "place")
  private String place;

  @Column(name = "video_link")
  private String videoLink;

  @Column(name = "minutes_text")
  private String minutes;

  protected DialogueSession() {}

  public DialogueSession(
      TenderResponse candidate,
      Instant startsAt,
      int durationMinutes,
      String place,
      String videoLink) {
    this.tender = candidate.tender();
    this.candidate = candidate;
    this.startsAt = startsAt;
    this.durationMinutes = durationMinutes;
    this.place = place;
    this.videoLink = videoLink;
  }

  public void recordMinutes(String text) {
    minutes = text;
  }

  public Long id() {
    return id;
  }

  public Tender tender() {
    return tender;
  }

  public TenderResponse candidate() {
    return candidate;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public int durationMinutes() {
    return durationMinutes;
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public Optional<String> videoLink() {
    return Optional.ofNullable(videoLink);
  }

  public Optional<String> minutes() {
    return Optional.ofNullable(minutes);
  }
}
