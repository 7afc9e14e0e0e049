package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Score;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The evaluation committee's work: members score each quality criterion of each offer with a
 * motivation; the sheet computes consensus and weighted totals; the intended award goes to the best
 * offer per lot and starts the standstill period.
 */
@ApplicationScoped
@Transactional
public class Evaluation {

  static final int MOTIVATION_MAX = 2000;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Accounts accounts;

  @Inject Tenders tenders;

  @Inject TenderResponses responses;

  @Inject TenderFacts facts;

  @Inject TenderTrail trail;

  @Inject TenderNotices notices;

  @Inject
  @ConfigProperty(name = "tender.standstill.european-days", defaultValue = "20")
  int europeanStandstillDays;

  @Inject
  @ConfigProperty(name = "tender.standstill.national-days", defaultValue = "20")
  int nationalStandstillDays;

  /** Names the committee: officers of the buyer, by user name. */
  public Tender appointCommittee(long tenderId, List<String> usernames, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    if (tender.status().compareTo(TenderStatus.EVALUATION) > 0 || !tender.status().isOpen()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "evaluation.refused.closed");
    }
    FieldChecks checks = new FieldChecks();
    Set<String> members = new TreeSet<>();
    List<String> names = usernames == null ? List.of() : usernames;
    checks.require(!names.isEmpty(), "members", "field.required");
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      boolean officer =
          name != null
              && accounts
                  .findByUsername(name)
                  .filter(u -> u.roles().contains(Role.OFFICER))
                  .filter(u -> tender.isBoughtBy(u.organisation().id()))
                  .isPresent();
      checks.require(officer, "members[" + i + "]", "evaluation.field.member");
      if (officer) {
        members.add(name.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    checks.throwIfAny();
    if (!scores(tender).isEmpty()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "evaluation.refused.committeeFixed");
    }
    tender.appointCommittee(members);
    trail.record(tender, caller, "COMMITTEE_APPOINTED", String.join(", ", members));
    return tender;
  }

  /** Stores or replaces the caller's score for one criterion of one offer. */
  public Score score(
      long tenderId,
      long responseId,
      int criterion,
      BigDecimal value,
      String motivation,
      SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, null);
    if (tender.status() != TenderStatus.EVALUATION) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "evaluation.refused.notEvaluation");
    }
    if (!tender.committee().contains(caller.username())) {
      throw new ProblemException(ProblemType.FORBIDDEN, "evaluation.refused.notMember");
    }
    TenderResponse offer = responses.inTender(tender, responseId);
    FieldChecks checks = new FieldChecks();
    checks.require(
        offer.status() == ResponseStatus.OFFERED, "responseId", "evaluation.field.notAnOffer");
    checks.require(
        criterion >= 0 && criterion < tender.criteria().size(),
        "criterion",
        "evaluation.field.criterion");
    checks.require(
        value != null
            && value.signum() >= 0
            && value.compareTo(ScoreSheet.TOP_SCORE) <= 0
            && value.stripTrailingZeros().scale() <= 1,
        "score",
        "evaluation.field.score");
    String why = checks.text("motivation", motivation, MOTIVATION_MAX, true);
    checks.throwIfAny();
    Instant now = clock.instant();
    Score score =
        scores(tender).stream()
            .filter(
                s ->
                    s.response().id() == responseId
                        && s.criterion() == criterion
                        && s.scoredBy().equals(caller.username()))
            .findFirst()
            .orElse(null);
    if (score == null) {
      score = new Score(offer, criterion, caller.username(), value, why, now);
      em.persist(score);
    } else {
      score.rescore(value, why, now);
    }
    em.flush();
    trail.record(
        tender,
        caller,
        "SCORE_RECORDED",
        "response " + responseId + ", criterion " + criterion + ": " + value);
    return score;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ScoreSheet sheet(Tender tender) {
    List<Criterion> criteria = tender.criteria();
    // Until the offers are opened the sheet holds none: scores and ranks would betray prices.
    List<ScoreSheet.Offer> offers =
        responses.all(tender).stream()
            .filter(r -> tender.offersOpenedAt().isPresent())
            .filter(r -> r.status() == ResponseStatus.OFFERED)
            .map(
                r ->
                    new ScoreSheet.Offer(
                        r.id(),
                        r.lot().map(l -> l.id()).orElse(null),
                        r.offerPrice().orElseThrow()))
            .toList();
    List<ScoreSheet.MemberScore> given =
        scores(tender).stream()
            .map(
                s ->
                    new ScoreSheet.MemberScore(
                        s.response().id(), s.criterion(), s.scoredBy(), s.value()))
            .toList();
    return new ScoreSheet(
        criteria.stream().map(Criterion::name).toList(),
        criteria.stream().map(Criterion::weight).toList(),
        tender.priceWeight().orElse(0),
        tender.committee(),
        offers,
        given);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean isComplete(Tender tender) {
    return tender.status() == TenderStatus.EVALUATION && sheet(tender).isComplete();
  }

  /** The evaluation for the buyer's staff; nobody else sees scores before the award decision. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ScoreSheet sheetFor(long tenderId, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    boolean decided = tender.status().compareTo(TenderStatus.AWARD_INTENDED) >= 0;
    boolean candidate =
        responses.participations(tender, caller).stream()
            .anyMatch(r -> r.status() == ResponseStatus.OFFERED);
    if (!TenderAccess.isBuyerStaff(tender, caller) && !(decided && candidate)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return sheet(tender);
  }

  public List<Score> scores(Tender tender) {
    return em.createQuery(
            "select s from Score s where s.tender = :tender order by s.id", Score.class)
        .setParameter("tender", tender)
        .getResultList();
  }

  /**
   * Decides the intended award: the best offer of each lot wins; every candidate is told the scores
   * and the reasons, and the standstill period starts.
   */
  public Tender intendAward(long tenderId, String reason, Long version, SignedInCaller caller) {
    Tender tender = tenders.forBuyerOfficer(tenderId, caller, version);
    FieldChecks checks = new FieldChecks();
    String why = checks.text("reason", reason, TenderResponses.TEXT_MAX, true);
    checks.throwIfAny();
    Instant now = clock.instant();
    tender.intendAward(why, facts.of(tender, this), standstill(tender), now);
    List<ScoreSheet.Result> results = sheet(tender).results();
    for (ScoreSheet.Result result : results) {
      responses
          .inTender(tender, result.responseId())
          .decideAward(result.rank() == 1 ? AwardOutcome.WINNER : AwardOutcome.NOT_WINNER, now);
    }
    em.flush();
    trail.record(tender, caller, "AWARD_INTENDED", why);
    notices.awardIntended(tender, responses.all(tender));
    return tender;
  }

  private Duration standstill(Tender tender) {
    boolean european =
        tender.procedureType().map(t -> t.level() == ProcedureLevel.EUROPEAN).orElse(false);
    return Duration.ofDays(european ? europeanStandstillDays : nationalStandstillDays);
  }
}
