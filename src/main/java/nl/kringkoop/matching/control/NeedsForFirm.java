package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.matching.engine.Match;
import nl.kringkoop.matching.engine.MatchScorer;
import nl.kringkoop.matching.engine.NeedFacts;
import nl.kringkoop.matching.engine.SupplierFacts;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The other direction: the needs open for entries that fit one firm, best first, each scored under
 * its buyer's policy. A firm sees only its own scores.
 */
@ApplicationScoped
public class NeedsForFirm {

  static final int OPEN_TENDERS_MAX = 500;

  @PersistenceContext EntityManager em;

  @Inject MatchingIndex index;

  @Inject TenderNeeds needs;

  @Inject Matches matches;

  @Inject Clock clock;

  /** An open need and how the firm matches it. */
  public record NeedMatch(Tender tender, Match match) {}

  public List<NeedMatch> forFirm(long supplierId) {
    Optional<SupplierFacts> firm = index.current().get(supplierId);
    if (firm.isEmpty()) {
      return List.of();
    }
    List<NeedMatch> fitting = new ArrayList<>();
    // Many open needs come from the same few municipalities: read each policy once.
    Map<String, MatchScorer> scorers = new HashMap<>();
    for (Tender tender : openTenders()) {
      Optional<NeedFacts> need = needs.of(tender, null);
      if (need.isEmpty()) {
        continue;
      }
      MatchScorer scorer =
          scorers.computeIfAbsent(tender.buyer().code().orElse(null), matches::scorer);
      if (scorer.knockOut(need.get(), firm.get()).isEmpty()) {
        fitting.add(new NeedMatch(tender, scorer.explain(need.get(), firm.get())));
      }
    }
    fitting.sort(
        Comparator.comparingDouble((NeedMatch n) -> -n.match().score())
            .thenComparing(n -> n.tender().id()));
    return fitting;
  }

  private List<Tender> openTenders() {
    return em.createQuery(
            "select t from Tender t where t.status = :published and t.entryDeadline > :now"
                + " order by t.entryDeadline",
            Tender.class)
        .setParameter("published", TenderStatus.PUBLISHED)
        .setParameter("now", clock.instant())
        .setMaxResults(OPEN_TENDERS_MAX)
        .getResultList();
  }
}
