package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringkoop.matching.engine.Match;
import nl.kringkoop.matching.engine.MatchScorer;
import nl.kringkoop.matching.engine.NeedFacts;
import nl.kringkoop.matching.entity.TenderInvitation;
import nl.kringkoop.notification.control.Notice;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.tender.control.TenderNotices;
import nl.kringkoop.tender.control.TenderPublished;
import nl.kringkoop.tender.control.TenderTrail;
import nl.kringkoop.tender.entity.Tender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On publication, invites the best-matching firms to respond: the top of the ranking above a
 * minimum score, at most {@code tender.invitations.max}. Firms with (nearly) equal scores take
 * turns because the ranking puts the one invited less often first. Each invitation is stored with
 * its score and recorded in the tender's audit trail; an uninvited firm may still respond.
 */
@ApplicationScoped
public class Invitations {

  @PersistenceContext EntityManager em;

  @Inject Matches matches;

  @Inject TenderNeeds needs;

  @Inject Notifications notifications;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Event<FirmsInvited> invited;

  @Inject
  @ConfigProperty(name = "tender.invitations.max", defaultValue = "25")
  int maxInvitations;

  @Inject
  @ConfigProperty(name = "tender.invitations.min-score", defaultValue = "0.5")
  double minScore;

  /** Runs inside the publishing transaction: invitations are stored with the publication. */
  void onPublished(@Observes TenderPublished published) {
    Tender tender = em.find(Tender.class, published.tenderId());
    List<Match> chosen = choose(tender);
    if (chosen.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    List<Long> ids = new ArrayList<>();
    for (int rank = 0; rank < chosen.size(); rank++) {
      Match match = chosen.get(rank);
      em.persist(
          new TenderInvitation(tender.id(), match.supplierId(), rank + 1, match.score(), now));
      ids.add(match.supplierId());
    }
    notifications.send(
        Notice.about(
            tender.id(),
            new LinkedHashSet<>(ids),
            "notification.tender.published",
            TenderNotices.SUPPLIER_PAGE + tender.id(),
            tender.title()));
    audit.record(
        AuditEvent.of(AuditLog.SYSTEM, tender.buyer().id(), "SUPPLIERS_INVITED")
            .about(TenderTrail.OBJECT_TYPE, tender.id())
            .withDetail(describe(chosen)));
    invited.fire(new FirmsInvited(tender.id(), ids));
  }

  private List<Match> choose(Tender tender) {
    Set<Long> seen = new LinkedHashSet<>();
    List<Match> chosen = new ArrayList<>();
    List<NeedFacts> needsToInvite = new ArrayList<>();
    needs.of(tender, null).ifPresent(needsToInvite::add);
    tender.lots().forEach(lot -> needs.of(tender, lot).ifPresent(needsToInvite::add));
    MatchScorer scorer = matches.scorer(tender);
    for (NeedFacts need : needsToInvite) {
      for (Match match : matches.rank(scorer, need, maxInvitations).matches()) {
        if (match.score() >= minScore
            && chosen.size() < maxInvitations
            && seen.add(match.supplierId())) {
          chosen.add(match);
        }
      }
    }
    return chosen;
  }

  /** "12 (0.8125), 7 (0.8000)": who was invited, best first, with the score that put them there. */
  private static String describe(List<Match> chosen) {
    return chosen.stream()
        .map(m -> m.supplierId() + " (" + String.format(Locale.ROOT, "%.4f", m.score()) + ")")
        .collect(Collectors.joining(", "));
  }
}
