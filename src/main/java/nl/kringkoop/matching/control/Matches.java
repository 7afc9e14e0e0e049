package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.matching.engine.Exclusion;
import nl.kringkoop.matching.engine.Match;
import nl.kringkoop.matching.engine.MatchScorer;
import nl.kringkoop.matching.engine.MatchingPolicy;
import nl.kringkoop.matching.engine.NeedFacts;
import nl.kringkoop.matching.engine.Ranking;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;

/**
 * The matching component's entry point: ranks the registry's firms for a tender or a lot under the
 * buyer's policy, with fair exposure between equal scores. Only the buyer's officers see a full
 * match list.
 */
@ApplicationScoped
public class Matches {

  public static final int LIMIT_MAX = 100;

  @Inject Tenders tenders;

  @Inject TenderNeeds needs;

  @Inject MatchingIndex index;

  @Inject MatchingPolicies policies;

  @Inject InvitationCounts invitations;

  @PersistenceContext EntityManager em;

  /** A ranked list for a tender (or lot), with the names of the firms on it. */
  public record MatchList(
      Tender tender,
      Lot lot,
      boolean matchable,
      List<Match> matches,
      List<Exclusion> exclusions,
      Map<Long, String> names) {}

  public MatchList forTender(long tenderId, Long lotId, int limit, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    TenderAccess.requireBuyerOfficer(tender, caller);
    Lot lot =
        lotId == null
            ? null
            : tender.lot(lotId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    Optional<NeedFacts> need = needs.of(tender, lot);
    if (need.isEmpty()) {
      return new MatchList(tender, lot, false, List.of(), List.of(), Map.of());
    }
    Ranking.Result result = rank(tender, need.get(), Math.max(1, Math.min(limit, LIMIT_MAX)));
    List<Long> ids = result.matches().stream().map(Match::supplierId).toList();
    return new MatchList(tender, lot, true, result.matches(), result.exclusions(), names(ids));
  }

  /** The ranking of a need under its buyer's policy; no access check (callers do that). */
  public Ranking.Result rank(Tender tender, NeedFacts need, int limit) {
    return rank(scorer(tender), need, limit);
  }

  /** The ranking with a scorer the caller already has (one buyer's policy for several needs). */
  public Ranking.Result rank(MatchScorer scorer, NeedFacts need, int limit) {
    return new Ranking(index.current(), scorer).rank(need, limit, invitations::of);
  }

  public MatchScorer scorer(Tender tender) {
    return scorer(tender.buyer().code().orElse(null));
  }

  /** A scorer under the policy of a municipality (the defaults for none). */
  public MatchScorer scorer(String municipalityCode) {
    MatchingPolicy policy = policies.of(municipalityCode);
    return new MatchScorer(policy);
  }

  /** Firm names by id, in one query. */
  public Map<Long, String> names(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createQuery("select o.id, o.name from Organisation o where o.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList();
    for (Object[] row : rows) {
      names.put((Long) row[0], (String) row[1]);
    }
    return names;
  }
}
