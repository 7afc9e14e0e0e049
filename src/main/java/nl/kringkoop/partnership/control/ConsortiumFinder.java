package nl.kringkoop.partnership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.ConsortiumStatus;
import nl.kringkoop.partnership.entity.InvitationStatus;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.entity.Tender;

/**
 * Finds consortia and who may see them: the firms in or invited to a consortium, and the buyer's
 * staff once it is formed (then it may respond to their tender). Anyone else is told it does not
 * exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsortiumFinder {

  @PersistenceContext EntityManager em;

  /** The consortium if the caller may see it; 404 otherwise. */
  public Consortium visible(long id, SignedInCaller caller) {
    Consortium consortium = em.find(Consortium.class, id);
    if (consortium == null || !maySee(consortium, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return consortium;
  }

  public static boolean maySee(Consortium consortium, SignedInCaller caller) {
    if (caller == null) {
      return false;
    }
    if (caller.hasRole(Role.SUPPLIER) && consortium.involves(caller.organisationId())) {
      return true;
    }
    return consortium.status() == ConsortiumStatus.FORMED
        && TenderAccess.isBuyerStaff(consortium.tender(), caller);
  }

  /**
   * The consortia a firm leads or is invited to, optionally for one tender, latest change first.
   */
  public Page<Consortium> involving(long firmId, Long tenderId, PageRequest page) {
    String where =
        " from Consortium c where exists (select m from ConsortiumMember m"
            + " where m.consortium = c and m.organisation.id = :firm)"
            + (tenderId == null ? "" : " and c.tender.id = :tender");
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    TypedQuery<Consortium> items =
        em.createQuery(
            "select c" + where + " order by c.updatedAt desc, c.id desc", Consortium.class);
    count.setParameter("firm", firmId);
    items.setParameter("firm", firmId);
    if (tenderId != null) {
      count.setParameter("tender", tenderId);
      items.setParameter("tender", tenderId);
    }
    List<Consortium> found =
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    return new Page<>(found, count.getSingleResult());
  }

  /** The live consortium for the tender that the firm leads or has not declined, if any. */
  public Optional<Consortium> liveFor(long tenderId, long firmId) {
    return em.createQuery(
            "select m.consortium from ConsortiumMember m where m.organisation.id = :firm"
                + " and m.consortium.tender.id = :tender and m.consortium.status <> :dissolved"
                + " and m.invitation <> :declined order by m.consortium.id desc",
            Consortium.class)
        .setParameter("firm", firmId)
        .setParameter("tender", tenderId)
        .setParameter("dissolved", ConsortiumStatus.DISSOLVED)
        .setParameter("declined", InvitationStatus.DECLINED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The formed consortium the firm leads for the tender, which may pitch as one. */
  public Optional<Consortium> formedLedBy(long tenderId, long firmId) {
    return liveFor(tenderId, firmId)
        .filter(c -> c.status() == ConsortiumStatus.FORMED && c.isLedBy(firmId));
  }

  /**
   * Which of the firms are bound in another live consortium for the tender: lead, accepted or still
   * to answer (a firm that declined is free).
   */
  public Set<Long> bound(Tender tender, Set<Long> firms, Long exceptConsortiumId) {
    return new TreeSet<>(
        em.createQuery(
                "select m.organisation.id from ConsortiumMember m where m.consortium.tender = :tender"
                    + " and m.consortium.status <> :dissolved and m.invitation <> :declined"
                    + " and m.organisation.id in :firms and m.consortium.id <> :except",
                Long.class)
            .setParameter("tender", tender)
            .setParameter("dissolved", ConsortiumStatus.DISSOLVED)
            .setParameter("declined", InvitationStatus.DECLINED)
            .setParameter("firms", firms)
            .setParameter("except", exceptConsortiumId == null ? -1L : exceptConsortiumId)
            .getResultList());
  }
}
