package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.DialogueSession;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Dialogue sessions with the selected candidates. Every candidate gets the same number of sessions
 * of the same length (checked before offers open); minutes are kept with each session.
 */
@ApplicationScoped
@Transactional
public class Dialogues {

  static final int LONGEST_SESSION_MINUTES = 480;
  static final int PLACE_MAX = 300;
  static final int LINK_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject Tenders tenders;

  @Inject TenderResponses responses;

  @Inject TenderTrail trail;

  /** What the officer writes when scheduling a session. */
  public static class SessionForm {
    public Long responseId;
    public String startsAt;
    public Integer durationMinutes;
    public String place;
    public String videoLink;
  }

  public DialogueSession schedule(long tenderId, SessionForm form, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    if (tender.status() != TenderStatus.DIALOGUE) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "dialogue.refused.notDialoguePhase");
    }
    FieldChecks checks = new FieldChecks();
    checks.require(form.responseId != null, "responseId", "field.required");
    Instant start = TenderRules.instant("startsAt", form.startsAt, checks);
    checks.require(form.startsAt != null && !form.startsAt.isBlank(), "startsAt", "field.required");
    Integer minutes = form.durationMinutes;
    checks.require(
        minutes != null && minutes >= 15 && minutes <= LONGEST_SESSION_MINUTES,
        "durationMinutes",
        "dialogue.field.duration",
        LONGEST_SESSION_MINUTES);
    String place = checks.text("place", form.place, PLACE_MAX, false);
    String link = checks.text("videoLink", form.videoLink, LINK_MAX, false);
    checks.require(
        link == null || link.startsWith("https://"), "videoLink", "dialogue.field.videoLink");
    checks.require(place != null || link != null, "place", "dialogue.field.placeOrLink");
    checks.throwIfAny();
    TenderResponse candidate = responses.inTender(tender, form.responseId);
    if (!candidate.status().isCandidate()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "dialogue.refused.notCandidate");
    }
    DialogueSession session = new DialogueSession(candidate, start, minutes, place, link);
    em.persist(session);
    em.flush();
    trail.record(
        tender,
        caller,
        "DIALOGUE_SCHEDULED",
        "response " + candidate.id() + ", " + minutes + " min");
    return session;
  }

  public DialogueSession recordMinutes(
      long tenderId, long sessionId, String minutes, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    DialogueSession session = em.find(DialogueSession.class, sessionId);
    if (session == null || !session.tender().id().equals(tender.id())) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    FieldChecks checks = new FieldChecks();
    String text = checks.text("minutes", minutes, 8000, true);
    checks.throwIfAny();
    session.recordMinutes(text);
    trail.record(tender, caller, "DIALOGUE_MINUTES_RECORDED", "session " + sessionId);
    return session;
  }

  /** All sessions for the buyer's staff; a candidate sees only its own. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<DialogueSession> visibleSessions(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    boolean staff = TenderAccess.isBuyerStaff(tender, caller);
    return em
        .createQuery(
            "select s from DialogueSession s where s.tender = :tender order by s.startsAt, s.id",
            DialogueSession.class)
        .setParameter("tender", tender)
        .getResultList()
        .stream()
        .filter(s -> staff || TenderResponses.isParticipant(s.candidate(), caller))
        .toList();
  }
}
