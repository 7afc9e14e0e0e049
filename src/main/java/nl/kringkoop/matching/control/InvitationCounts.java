package nl.kringkoop.matching.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.kringkoop.platform.persistence.SchemaMigrated;

/**
 * How often each firm was invited so far, kept in memory for the ranking's tie rule (which asks it
 * for every firm it compares): read from the invitations at start, counted up when new invitations
 * are committed.
 */
@ApplicationScoped
public class InvitationCounts {

  @PersistenceContext EntityManager em;

  private final Map<Long, Integer> counts = new ConcurrentHashMap<>();

  void onSchemaMigrated(
      @Observes @Priority(MatchingIndex.AFTER_START_DATA) SchemaMigrated migrated) {
    counts.clear();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select supplier_id, count(*) from tender_invitation group by supplier_id")
            .getResultList();
    for (Object[] row : rows) {
      counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
  }

  void onInvited(@Observes(during = TransactionPhase.AFTER_SUCCESS) FirmsInvited invited) {
    invited.supplierIds().forEach(id -> counts.merge(id, 1, Integer::sum));
  }

  public int of(long supplierId) {
    return counts.getOrDefault(supplierId, 0);
  }
}
