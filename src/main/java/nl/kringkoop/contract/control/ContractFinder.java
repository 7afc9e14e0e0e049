package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Finds contracts and says who may see and change them: the buyer's officers and analysts see their
 * municipality's contracts, a firm sees the contracts it is a party to; anyone else is told a
 * contract does not exist. Only the buyer's officers change terms, milestones and KPIs; they and
 * the contracted firms record progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContractFinder {

  @PersistenceContext EntityManager em;

  /** What a list can be ordered by. */
  public enum Sort {
    SIGNED("c.signedAt"),
    REFERENCE("lower(c.reference)"),
    TITLE("lower(c.title)"),
    DEPARTMENT("lower(c.department)"),
    VALUE("c.value"),
    STARTS("c.startsOn"),
    ENDS("c.endsOn"),
    STATUS("c.status");

    private final String column;

    Sort(String column) {
      this.column = column;
    }
  }

  /**
   * An order as the API writes it: a {@link Sort} name, descending with a leading minus ({@code
   * -VALUE}); the newest signature first when none is given. Every order ends with the id, so pages
   * never overlap.
   */
  public record Ordering(Sort sort, boolean descending) {

    public static final Ordering NEWEST = new Ordering(Sort.SIGNED, true);

    public static Ordering parse(String text) {
      if (text == null || text.isBlank()) {
        return NEWEST;
      }
      String written = text.strip();
      boolean descending = written.startsWith("-");
      try {
        return new Ordering(
            Sort.valueOf(written.substring(descending ? 1 : 0).toUpperCase(Locale.ROOT)),
            descending);
      } catch (IllegalArgumentException unknown) {
        throw ProblemException.invalid(
            List.of(new ProblemException.InvalidField("sort", "contract.field.sort")));
      }
    }

    String jpql() {
      String direction = descending ? " desc" : "";
      return sort.column + direction + ", c.id" + direction;
    }
  }

  /** The contract if the caller may see it; 404 otherwise. */
  public Contract visible(long id, SignedInCaller caller) {
    Contract contract = em.find(Contract.class, id);
    if (contract == null || !maySee(contract, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return contract;
  }

  public static boolean maySee(Contract contract, SignedInCaller caller) {
    return isBuyerStaff(contract, caller) || isContractedFirm(contract, caller);
  }

  public static boolean isBuyerStaff(Contract contract, SignedInCaller caller) {
    return caller != null
        && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST))
        && contract.isBoughtBy(caller.organisationId());
  }

  public static boolean isBuyerOfficer(Contract contract, SignedInCaller caller) {
    return caller != null
        && caller.hasRole(Role.OFFICER)
        && contract.isBoughtBy(caller.organisationId());
  }

  public static boolean isContractedFirm(Contract contract, SignedInCaller caller) {
    return caller != null
        && caller.hasRole(Role.SUPPLIER)
        && contract.isParty(caller.organisationId());
  }

  /** Whether the caller may record progress: the buyer's officer or a contracted firm. */
  public static boolean mayRecordProgress(Contract contract, SignedInCaller caller) {
    return isBuyerOfficer(contract, caller) || isContractedFirm(contract, caller);
  }

  /**
   * The contracts the caller may see, in the order asked: the municipality's for its staff, the
   * firm's own for a supplier, none for anyone else.
   */
  public Page<Contract> find(SignedInCaller caller, Ordering order, PageRequest page) {
    String where;
    if (caller != null && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST))) {
      where = " from Contract c where c.buyer.id = :org";
    } else if (caller != null && caller.hasRole(Role.SUPPLIER)) {
      where =
          " from Contract c where exists (select p from ContractParty p"
              + " where p.contract = c and p.firm.id = :org)";
    } else {
      return new Page<>(List.of(), 0);
    }
    TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
    TypedQuery<Contract> items =
        em.createQuery("select c" + where + " order by " + order.jpql(), Contract.class);
    count.setParameter("org", caller.organisationId());
    items.setParameter("org", caller.organisationId());
    List<Contract> found =
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList();
    return new Page<>(found, count.getSingleResult());
  }

  /** Whether another contract of the buyer has the reference, in any case. */
  public boolean referenceTaken(long buyerId, String reference, Long exceptContractId) {
    return em.createQuery(
                "select count(c) from Contract c where c.buyer.id = :buyer"
                    + " and lower(c.reference) = :reference and c.id <> :except",
                Long.class)
            .setParameter("buyer", buyerId)
            .setParameter("reference", reference.toLowerCase(Locale.ROOT))
            .setParameter("except", exceptContractId == null ? -1L : exceptContractId)
            .getSingleResult()
        > 0;
  }

  /** The contracts made from a tender's award, oldest first. */
  public List<Contract> forTender(long tenderId) {
    return em.createQuery(
            "select c from Contract c where c.tender.id = :tender order by c.id", Contract.class)
        .setParameter("tender", tenderId)
        .getResultList();
  }

  /** Whether one of the winning offers already has its contract. */
  public boolean anySettles(List<Long> winningOffers) {
    if (winningOffers.isEmpty()) {
      return false;
    }
    return em.createQuery(
                "select count(c) from Contract c where c.winningOfferId in :offers", Long.class)
            .setParameter("offers", winningOffers)
            .getSingleResult()
        > 0;
  }
}
