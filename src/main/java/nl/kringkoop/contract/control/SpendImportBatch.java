package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.SpendOrigin;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Stores one batch of checked spend lines in its own transaction: a line whose key is new becomes
 * an invoice, one already known is revised when it says something else and left alone when it
 * doesn't; each invoice stored is attributed to the contract's firms. A batch that fails is rolled
 * back completely. The summary is rebuilt once at the end of the import, not per batch.
 */
@ApplicationScoped
public class SpendImportBatch {

  @PersistenceContext EntityManager em;

  @Inject SpendAttribution attribution;

  @Inject SpendSummary summary;

  @Inject AuditLog audit;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome store(long buyerId, List<Checked> lines, Instant now) {
    summary.hold(buyerId);
    Map<Long, Contract> contracts = contracts(lines);
    Map<String, SpendRecord> known = known(buyerId, lines);
    Map<Long, SpendAttribution.Recipients> recipients = new HashMap<>();
    Outcome outcome = new Outcome();
    for (Checked line : lines) {
      Contract contract = contracts.get(line.contractId());
      SpendAttribution.Recipients parties =
          recipients.computeIfAbsent(contract.id(), id -> attribution.recipients(contract));
      SpendRecord record = known.get(line.key());
      Invoice invoice = line.invoice();
      if (record == null) {
        record = new SpendRecord(contract, line.key(), invoice, SpendOrigin.IMPORT, now);
        record.attribute(parties.parts(invoice.amount()));
        em.persist(record);
        outcome.imported++;
      } else {
        // A payment or strategy recorded on the platform stays when the books' line is silent.
        invoice = invoice.completedBy(record.invoice());
        if (!record.differsFrom(invoice)) {
          outcome.unchanged++;
          continue;
        }
        outcome.months.add(YearMonth.from(record.invoice().date()));
        record.revise(invoice, now);
        record.attribute(parties.parts(invoice.amount()));
        outcome.updated++;
      }
      outcome.months.add(YearMonth.from(invoice.date()));
    }
    return outcome;
  }

  /** Rebuilds the summary of every month the import changed and audits the import as a whole. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(long buyerId, Set<YearMonth> months, AuditEvent event) {
    summary.rebuild(buyerId, months);
    audit.record(event);
  }

  /**
   * The buyer's contracts by reference in upper case: references are compared without regard to
   * case, as the database does on MySQL. Refused for an organisation that is not a municipality.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Map<String, Long> contractsOf(long buyerId) {
    Organisation buyer = em.find(Organisation.class, buyerId);
    if (buyer == null || buyer.kind() != OrganisationKind.MUNICIPALITY) {
      throw new ProblemException(ProblemType.FORBIDDEN, "spend.refused.notMunicipalityStaff");
    }
    Map<String, Long> contracts = new HashMap<>();
    em.createQuery(
            "select c.reference, c.id from Contract c where c.buyer.id = :buyer order by c.id",
            Object[].class)
        .setParameter("buyer", buyerId)
        .getResultStream()
        .forEach(row -> contracts.putIfAbsent(normal((String) row[0]), (Long) row[1]));
    return contracts;
  }

  static String normal(String reference) {
    return reference.strip().toUpperCase(Locale.ROOT);
  }

  private Map<Long, Contract> contracts(List<Checked> lines) {
    Set<Long> ids = lines.stream().map(Checked::contractId).collect(Collectors.toSet());
    return em.createQuery(
            "select distinct c from Contract c left join fetch c.parties where c.id in :ids",
            Contract.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Contract::id, c -> c));
  }

  /**
   * The invoices already stored under the lines' keys. Looked up by key alone (its own index, see
   * V13); the buyer is checked afterwards.
   */
  private Map<String, SpendRecord> known(long buyerId, List<Checked> lines) {
    List<String> keys = lines.stream().map(Checked::key).toList();
    return em.createQuery(
            "select r from SpendRecord r where r.importKey in :keys", SpendRecord.class)
        .setParameter("keys", keys)
        .getResultStream()
        .filter(r -> r.buyer().id() == buyerId)
        .collect(Collectors.toMap(SpendRecord::importKey, r -> r));
  }

  /** A line that passed every check, with its contract and the key it is found by. */
  public record Checked(long line, long contractId, String key, Invoice invoice) {}

  /** Counts of one batch and the months whose spend it changed. */
  public static final class Outcome {
    int imported;
    int updated;
    int unchanged;
    final Set<YearMonth> months = new TreeSet<>();
  }
}
