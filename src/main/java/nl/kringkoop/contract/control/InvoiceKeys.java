package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Set;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Gives an invoice recorded or changed by hand the import key ({@link InvoiceKey}) a later import
 * of the books finds it by, within the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class InvoiceKeys {

  @PersistenceContext EntityManager em;

  /**
   * The key the invoice is found by when the books are imported: its number on the contract (409
   * when another invoice of the contract has it), or the first free occurrence of its date and
   * amount.
   */
  public String free(Contract contract, Invoice invoice, SpendRecord self) {
    if (invoice.number() != null) {
      String numbered = InvoiceKey.numbered(contract.id(), invoice.number());
      if (keyTaken(contract, numbered, self)) {
        throw new ProblemException(
            ProblemType.CONFLICT, "spend.refused.numberTaken", invoice.number());
      }
      return numbered;
    }
    String triple = InvoiceKey.triple(contract.id(), invoice.date(), invoice.amount());
    if (self != null && self.importKey().startsWith(triple)) {
      return self.importKey();
    }
    Set<String> taken =
        new HashSet<>(
            em.createQuery(
                    "select r.importKey from SpendRecord r where r.buyer = :buyer"
                        + " and r.importKey like :prefix",
                    String.class)
                .setParameter("buyer", contract.buyer())
                .setParameter("prefix", triple + "%")
                .getResultList());
    int occurrence = 1;
    while (taken.contains(triple + occurrence)) {
      occurrence++;
    }
    return triple + occurrence;
  }

  /**
   * Writes the invoice now, so that a number another officer stored at the same moment (after this
   * transaction read the contract's numbers) is refused as taken rather than failing later.
   */
  public void flush(Invoice invoice) {
    try {
      em.flush();
    } catch (PersistenceException failed) {
      if (!violatesConstraint(failed)) {
        throw failed;
      }
      throw new ProblemException(
          ProblemType.CONFLICT,
          "spend.refused.numberTaken",
          invoice.number() == null ? "" : invoice.number());
    }
  }

  /** Whether the database refused a row as breaking a constraint (SQL state class 23). */
  private static boolean violatesConstraint(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private boolean keyTaken(Contract contract, String key, SpendRecord self) {
    return em.createQuery(
            "select r from SpendRecord r where r.buyer = :buyer and r.importKey = :key",
            SpendRecord.class)
        .setParameter("buyer", contract.buyer())
        .setParameter("key", key)
        .getResultStream()
        .anyMatch(other -> self == null || !other.id().equals(self.id()));
  }
}
