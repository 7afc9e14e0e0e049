package nl.kringkoop.tender.boundary;

import java.time.Instant;
import nl.kringkoop.tender.entity.DialogueSession;

/** A dialogue session with its minutes, shown to the buyer's staff and to its own candidate. */
public record DialogueSessionView(
    long id,
    long responseId,
    String candidate,
    Instant startsAt,
    int durationMinutes,
    String place,
    String videoLink,
    String minutes) {

  static DialogueSessionView of(DialogueSession session) {
    return new DialogueSessionView(
        session.id(),
        session.candidate().id(),
        session.candidate().supplier().name(),
        session.startsAt(),
        session.durationMinutes(),
        session.place().orElse(null),
        session.videoLink().orElse(null),
        session.minutes().orElse(null));
  }
}
