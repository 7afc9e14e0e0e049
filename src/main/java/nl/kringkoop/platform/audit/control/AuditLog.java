package nl.kringkoop.platform.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;

/**
 * The one audit writer. Entries join the caller's transaction, so an audited change and its entry
 * are stored together or not at all.
 */
@ApplicationScoped
public class AuditLog {

  /** Actor name for what the platform does by itself (start-up, scheduled work). */
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Transactional
  public void record(AuditEvent event) {
    em.persist(
        new AuditEntry(
            Instant.now(clock),
            event.actor(),
            event.organisationId(),
            event.action(),
            event.objectType(),
            event.objectId(),
            event.detail()));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntry> latest(PageRequest request) {
    long total = em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    var items =
        em.createQuery(
                "select a from AuditEntry a order by a.occurredAt desc, a.id desc",
                AuditEntry.class)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    return new Page<>(items, total);
  }

  /** The entries about one object, oldest first, e.g. a tender's whole history. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AuditEntry> about(String objectType, Object objectId, PageRequest request) {
    String id = String.valueOf(objectId);
    long total =
        em.createQuery(
                "select count(a) from AuditEntry a where a.objectType = :type and a.objectId = :id",
                Long.class)
            .setParameter("type", objectType)
            .setParameter("id", id)
            .getSingleResult();
    var items =
        em.createQuery(
                "select a from AuditEntry a where a.objectType = :type and a.objectId = :id"
                    + " order by a.occurredAt, a.id",
                AuditEntry.class)
            .setParameter("type", objectType)
            .setParameter("id", id)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    return new Page<>(items, total);
  }
}
