package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.Question;
import nl.kringkoop.tender.entity.Tender;

/**
 * Written questions and the nota van inlichtingen. Suppliers ask; the officer answers in private;
 * publishing numbers every ready answer and shows them to all participants at the same moment,
 * never naming who asked.
 */
@ApplicationScoped
@Transactional
public class Questions {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Tenders tenders;

  @Inject TenderTrail trail;

  @Inject TenderNotices notices;

  public Question ask(long tenderId, String text, SignedInCaller caller) {
    TenderAccess.requireSupplier(caller);
    Tender tender = tenders.visible(tenderId, caller);
    Instant now = clock.instant();
    if (!tender.acceptsQuestions(now)) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "question.refused.closed");
    }
    FieldChecks checks = new FieldChecks();
    String question = checks.text("question", text, TenderResponses.TEXT_MAX, true);
    checks.throwIfAny();
    Question asked =
        new Question(tender, em.find(Organisation.class, caller.organisationId()), question, now);
    em.persist(asked);
    em.flush();
    trail.record(tender, caller, "QUESTION_ASKED", "question " + asked.id());
    notices.questionAsked(tender);
    return asked;
  }

  public Question answer(long tenderId, long questionId, String text, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    Question question = inTender(tender, questionId);
    FieldChecks checks = new FieldChecks();
    String answer = checks.text("answer", text, 8000, true);
    checks.throwIfAny();
    if (!question.answer(answer, clock.instant())) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "question.refused.published");
    }
    trail.record(tender, caller, "QUESTION_ANSWERED", "question " + questionId);
    return question;
  }

  /** Publishes every answered question at once, numbered after those published before. */
  public List<Question> publishAnswers(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    // Two officers publishing at once would hand out the same numbers: one waits for the other.
    em.lock(tender, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    List<Question> ready = all(tender).stream().filter(Question::isReadyToPublish).toList();
    if (ready.isEmpty()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "question.refused.nothingToPublish");
    }
    int number =
        all(tender).stream().map(q -> q.number().orElse(0)).max(Integer::compare).orElse(0);
    Instant now = clock.instant();
    for (Question question : ready) {
      question.publish(++number, now);
    }
    em.flush();
    trail.record(tender, caller, "ANSWERS_PUBLISHED", ready.size() + " answers");
    notices.answersPublished(tender, ready.size(), participants(tender));
    return ready;
  }

  /**
   * The questions the caller may read: every question for the buyer's staff; for others the
   * published nota van inlichtingen plus their own questions still waiting for an answer.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Question> visibleQuestions(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    boolean staff = TenderAccess.isBuyerStaff(tender, caller);
    return all(tender).stream()
        .filter(
            q ->
                staff
                    || q.publishedAt().isPresent()
                    || (caller != null && q.askedBy().id() == caller.organisationId()))
        .toList();
  }

  List<Question> all(Tender tender) {
    return em.createQuery(
            "select q from Question q where q.tender = :tender order by q.id", Question.class)
        .setParameter("tender", tender)
        .getResultList();
  }

  private java.util.Set<Long> participants(Tender tender) {
    java.util.Set<Long> ids = new java.util.TreeSet<>();
    em.createQuery(
            "select r.supplier.id from TenderResponse r where r.tender = :tender", Long.class)
        .setParameter("tender", tender)
        .getResultList()
        .forEach(ids::add);
    em.createQuery("select q.askedBy.id from Question q where q.tender = :tender", Long.class)
        .setParameter("tender", tender)
        .getResultList()
        .forEach(ids::add);
    return ids;
  }

  private Question inTender(Tender tender, long questionId) {
    Question question = em.find(Question.class, questionId);
    if (question == null || !question.tender().id().equals(tender.id())) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return question;
  }
}
