package nl.kringkoop.tender.boundary;

import java.time.Instant;
import nl.kringkoop.tender.entity.DialogueSession;

/** A dialogue session; minutes only for the buyer's staff. */
public record DialogueSessionView(
    long id,
    long responseId,
    String candidate,
    Instant startsAt,
    int durationMinutes,
    String place,
    String videoLink,
    String minutes) {

  static DialogueSessionView of(DialogueSession session, boolean staff) {
    return new DialogueSessionView(
        session.id(),
        session.candidate().id(),
        session.candidate().supplier().name(),
        session.startsAt(),
        session.durationMinutes(),
        session.place().orElse(null),
        session.videoLink().orElse(null),
        staff ? session.minutes().orElse(null) : null);
  }
}
