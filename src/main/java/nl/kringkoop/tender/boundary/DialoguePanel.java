package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.tender.control.Dialogues;
import nl.kringkoop.tender.entity.DialogueSession;

/** The dialogue sessions of the tender: schedule one per candidate and keep minutes of each. */
@Named
@ViewScoped
public class DialoguePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderDesk desk;

  @Inject Dialogues dialogues;

  private List<Row> rows;
  private final Map<Long, String> minutes = new HashMap<>();
  private Long candidate;
  private LocalDateTime startsAt;
  private Integer durationMinutes;
  private String place;
  private String videoLink;

  /** Forgets what was read, so the page shows what is stored now. */
  public void reload() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows = dialogues.visibleSessions(desk.getId(), desk.caller()).stream().map(Row::of).toList();
      rows.forEach(row -> minutes.putIfAbsent(row.id(), row.minutes()));
    }
    return rows;
  }

  public void schedule() {
    Dialogues.SessionForm form = new Dialogues.SessionForm();
    form.responseId = candidate;
    form.startsAt = startsAt == null ? null : startsAt.toString();
    form.durationMinutes = durationMinutes;
    form.place = place;
    form.videoLink = videoLink;
    desk.run(
        () -> dialogues.schedule(desk.getId(), form, desk.caller()),
        "officerTender.dialogue.scheduled");
    rows = null;
  }

  public void recordMinutes(long sessionId) {
    desk.run(
        () ->
            dialogues.recordMinutes(desk.getId(), sessionId, minutes.get(sessionId), desk.caller()),
        "officerTender.dialogue.minutesSaved");
    rows = null;
  }

  public Map<Long, String> getMinutes() {
    return minutes;
  }

  public Long getCandidate() {
    return candidate;
  }

  public void setCandidate(Long candidate) {
    this.candidate = candidate;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  /** A scheduled session with its candidate's name. */
  public record Row(
      long id,
      String candidate,
      Instant startsAt,
      int durationMinutes,
      String place,
      String videoLink,
      String minutes)
      implements Serializable {

    static Row of(DialogueSession session) {
      return new Row(
          session.id(),
          session.candidate().supplier().name(),
          session.startsAt(),
          session.durationMinutes(),
          session.place().orElse(null),
          session.videoLink().orElse(null),
          session.minutes().orElse(null));
    }
  }
}
