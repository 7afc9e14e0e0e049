package nl.kringkoop.demo.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.WorkShare;
import nl.kringkoop.tender.entity.Tender;

/**
 * The demo's partnership: on the tender open for entries a local firm leads a consortium in which
 * one partner has accepted and the demo supplier's firm has yet to answer, so the demo user finds
 * an invitation in its partnerships at the first start.
 */
final class DemoConsortium {

  private final EntityManager em;
  private final Instant now;

  DemoConsortium(EntityManager em, Instant now) {
    this.em = em;
    this.now = now;
  }

  void invite(Tender tender, List<Organisation> firms, Organisation invited) {
    em.flush(); // organisation ids come from the database
    Set<Long> taken =
        new HashSet<>(
            em.createQuery(
                    "select r.supplier.id from TenderResponse r where r.tender = :tender",
                    Long.class)
                .setParameter("tender", tender)
                .getResultList());
    taken.add(invited.id());
    List<Organisation> free =
        firms.stream()
            .filter(firm -> !taken.contains(firm.id()))
            .filter(firm -> firm.location().equals(invited.location()))
            .limit(2)
            .toList();
    if (free.size() < 2) {
      return;
    }
    Instant proposed = now.minus(Duration.ofDays(1));
    Consortium consortium =
        new Consortium(
            tender,
            free.get(0),
            share("Ontwerp, regie en aanbouw met hergebruikte bouwdelen", "50"),
            List.of(
                new Consortium.Invitation(
                    free.get(1), share("Selectieve sloop en oogst van bouwdelen", "30")),
                new Consortium.Invitation(
                    invited, share("Herstel en plaatsing van kozijnen en deuren", "20"))),
            proposed);
    em.persist(consortium);
    consortium.accept(free.get(1).id(), proposed.plus(Duration.ofHours(3)));
  }

  private static WorkShare share(String workPackage, String percent) {
    return new WorkShare(workPackage, new BigDecimal(percent));
  }
}
