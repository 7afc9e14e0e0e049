package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kringkoop.tender.entity.ComplaintOutcome;
import nl.kringkoop.tender.entity.DialogueSession;
import nl.kringkoop.tender.entity.PhaseFacts;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/** Counts what a phase change depends on: pitches, candidates, sessions, offers, scores. */
@ApplicationScoped
public class TenderFacts {

  @PersistenceContext EntityManager em;

  @Inject TenderResponses tenderResponses;

  public PhaseFacts of(Tender tender, Evaluation scoring) {
    List<TenderResponse> responses = tenderResponses.all(tender);
    int pitches = count(responses, r -> r.status() != ResponseStatus.WITHDRAWN);
    int selected = count(responses, r -> r.status().isCandidate());
    int offers = count(responses, r -> r.status() == ResponseStatus.OFFERED);
    boolean complaintPending = complaints(tender, "c.outcome is null", null, null) > 0;
    // Only a complaint against the current award decision counts; an older one was dealt with.
    boolean complaintUpheld =
        tender.status() == TenderStatus.AWARD_INTENDED
            && complaints(tender, "c.outcome = :upheld", "upheld", ComplaintOutcome.UPHELD) > 0;
    return new PhaseFacts(
        pitches,
        selected,
        dialoguesBalanced(tender, responses),
        offers,
        scoring.isComplete(tender),
        complaintPending,
        complaintUpheld);
  }

  private long complaints(Tender tender, String condition, String name, Object value) {
    var query =
        em.createQuery(
                "select count(c) from Complaint c where c.tender = :tender and c.filedAt >= :since"
                    + " and "
                    + condition,
                Long.class)
            .setParameter("tender", tender)
            .setParameter("since", since(tender));
    if (name != null) {
      query.setParameter(name, value);
    }
    return query.getSingleResult();
  }

  private static java.time.Instant since(Tender tender) {
    return tender.status() == TenderStatus.AWARD_INTENDED
        ? tender.statusChangedAt()
        : java.time.Instant.EPOCH;
  }

  /**
   * Whether every candidate had dialogue, in the same number of sessions of the same lengths, so
   * that no candidate got more of the buyer's time than another.
   */
  boolean dialoguesBalanced(Tender tender, List<TenderResponse> responses) {
    List<DialogueSession> sessions =
        em.createQuery(
                "select s from DialogueSession s where s.tender = :tender", DialogueSession.class)
            .setParameter("tender", tender)
            .getResultList();
    Map<Long, List<Integer>> lengthsPerCandidate =
        sessions.stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.candidate().id(),
                    Collectors.mapping(
                        DialogueSession::durationMinutes,
                        Collectors.collectingAndThen(
                            Collectors.toList(), l -> l.stream().sorted().toList()))));
    List<Long> candidates =
        responses.stream().filter(r -> r.status().isCandidate()).map(TenderResponse::id).toList();
    if (candidates.isEmpty()) {
      return false;
    }
    List<Integer> first = lengthsPerCandidate.get(candidates.get(0));
    return first != null
        && candidates.stream().allMatch(id -> first.equals(lengthsPerCandidate.get(id)));
  }

  private static int count(
      List<TenderResponse> responses, java.util.function.Predicate<TenderResponse> test) {
    return (int) responses.stream().filter(test).count();
  }
}
