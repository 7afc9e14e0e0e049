package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Lists tenders, newest first. The market sees every tender past its draft; the buyer's staff see
 * their own drafts too; {@code mine} narrows to the caller's municipality (officers, analysts) or
 * to tenders the caller's firm responded to (suppliers).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TenderFinder {

  @PersistenceContext EntityManager em;

  /** What a list asks for: optional status, own tenders only, and words in the title. */
  public record Filter(TenderStatus status, boolean mine, String text) {}

  public Page<Tender> find(Filter filter, SignedInCaller caller, PageRequest page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    boolean staff =
        caller != null && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST));
    if (staff) {
      where.append(" and (t.status <> :draft or t.buyer.id = :org)");
      params.put("org", caller.organisationId());
    } else {
      where.append(" and t.status <> :draft");
    }
    params.put("draft", TenderStatus.DRAFT);
    if (filter.mine() && caller != null) {
      if (staff) {
        where.append(" and t.buyer.id = :org");
        params.put("org", caller.organisationId());
      } else {
        where.append(
            " and exists (select r from TenderResponse r where r.tender = t and r.supplier.id ="
                + " :org)");
        params.put("org", caller.organisationId());
      }
    }
    if (filter.status() != null) {
      where.append(" and t.status = :status");
      params.put("status", filter.status());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where.append(" and lower(t.title) like :text");
      params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
    }
    TypedQuery<Long> count = em.createQuery("select count(t) from Tender t" + where, Long.class);
    TypedQuery<Tender> items =
        em.createQuery(
            "select t from Tender t" + where + " order by t.updatedAt desc, t.id desc",
            Tender.class);
    params.forEach(
        (name, value) -> {
          count.setParameter(name, value);
          items.setParameter(name, value);
        });
    return new Page<>(
        items.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }
}
