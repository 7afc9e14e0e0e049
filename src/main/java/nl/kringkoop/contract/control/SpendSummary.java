package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Keeps {@code spend_summary} in step with {@code spend_share}: the sums one buyer's year of spend
 * comes to, per month and every breakdown the dashboard offers. The months a change touched are
 * rebuilt whole, in the transaction of the change, so the summary never shows half a change.
 */
@ApplicationScoped
public class SpendSummary {

  /** What a summary row is keyed by: the buyer, year, month and every breakdown. */
  public static final String COLUMNS =
      "buyer_id, spend_year, spend_month, department, r_strategy, circular, locality,"
          + " recipient_region, size_class, social_enterprise, payment";

  private static final String REBUILD = refill("buyer_id = ?1 AND spend_year = ?2");

  private static final String REBUILD_MONTH =
      refill("buyer_id = ?1 AND spend_year = ?2 AND spend_month = ?3");

  /**
   * The statement that sums the shares matching {@code condition} into summary rows; public so that
   * the reporting benchmark measures the very statement the application runs.
   */
  public static String refill(String condition) {
    return "INSERT INTO spend_summary ("
        + COLUMNS
        + ", amount, invoices) SELECT "
        + COLUMNS
        + ", SUM(amount), SUM(CASE WHEN counts_invoice THEN 1 ELSE 0 END) FROM spend_share"
        + " WHERE "
        + condition
        + " GROUP BY "
        + COLUMNS;
  }

  @PersistenceContext EntityManager em;

  /**
   * Makes other changes to the buyer's spend wait until this transaction ends. Taken before the
   * first share is written: two rebuilds at once would each insert a full set of rows, and one that
   * only locked at the rebuild could wait for the other's new shares while it waits for the lock.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void hold(long buyerId) {
    em.createNativeQuery("SELECT id FROM organisation WHERE id = ?1 FOR UPDATE")
        .setParameter(1, buyerId)
        .getResultList();
  }

  /** Replaces the buyer's summary rows of the year with sums of its current shares. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rebuild(long buyerId, int year) {
    hold(buyerId);
    em.flush();
    em.createNativeQuery("DELETE FROM spend_summary WHERE buyer_id = ?1 AND spend_year = ?2")
        .setParameter(1, buyerId)
        .setParameter(2, year)
        .executeUpdate();
    em.createNativeQuery(REBUILD).setParameter(1, buyerId).setParameter(2, year).executeUpdate();
  }

  /**
   * Replaces the buyer's summary rows of the given months only: a change to a few invoices then
   * reads those months' shares instead of the whole year's (about a second instead of 13 s for a
   * year of a million invoices, docs/performance.md).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void rebuild(long buyerId, Collection<YearMonth> months) {
    hold(buyerId);
    em.flush();
    for (YearMonth month : new TreeSet<>(months)) {
      em.createNativeQuery(
              "DELETE FROM spend_summary WHERE buyer_id = ?1 AND spend_year = ?2"
                  + " AND spend_month = ?3")
          .setParameter(1, buyerId)
          .setParameter(2, month.getYear())
          .setParameter(3, month.getMonthValue())
          .executeUpdate();
      em.createNativeQuery(REBUILD_MONTH)
          .setParameter(1, buyerId)
          .setParameter(2, month.getYear())
          .setParameter(3, month.getMonthValue())
          .executeUpdate();
    }
  }
}
