package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.SpendOrigin;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;

/**
 * The entry point for spend on contracts: the buyer's officers record invoices by hand, change
 * them, record their payment and delete them; the buyer's staff and the contract's firms list them.
 * Every change attributes the invoice to the firms again and rebuilds the summary of the months it
 * touched, in the same transaction, and is audited under the invoice.
 */
@ApplicationScoped
@Transactional
public class Spend {

  public static final String OBJECT_TYPE = "INVOICE";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject SpendAttribution attribution;

  @Inject SpendSummary summary;

  @Inject InvoiceKeys keys;

  @Inject AuditLog audit;

  /** Records an invoice on the contract; 409 when the contract already has its number. */
  public SpendRecord record(long contractId, InvoiceForm form, SignedInCaller caller) {
    Contract contract = em.find(Contract.class, contractId);
    requireChangeable(contract, caller);
    Invoice invoice = checked(form);
    summary.hold(contract.buyer().id());
    Instant now = clock.instant();
    SpendRecord record =
        new SpendRecord(
            contract, keys.free(contract, invoice, null), invoice, SpendOrigin.MANUAL, now);
    attribution.attribute(record);
    em.persist(record);
    keys.flush(invoice);
    summary.rebuild(contract.buyer().id(), Set.of(YearMonth.from(invoice.date())));
    record(record, caller, "INVOICE_RECORDED", describe(invoice));
    return record;
  }

  /** Changes the invoice (or records its payment) from the version the officer started from. */
  public SpendRecord revise(long invoiceId, InvoiceForm form, SignedInCaller caller) {
    SpendRecord record = changeable(invoiceId, caller);
    if (form.version == null) {
      FieldChecks checks = new FieldChecks();
      checks.add("version", "field.required");
      checks.throwIfAny();
    }
    requireVersion(record, form.version);
    Invoice invoice = checked(form);
    Invoice before = record.invoice();
    if (!record.differsFrom(invoice)) {
      return record;
    }
    long buyerId = record.buyer().id();
    summary.hold(buyerId);
    String key = keys.free(record.contract(), invoice, record);
    if (!key.equals(record.importKey())) {
      record.identifyAs(key);
    }
    record.revise(invoice, clock.instant());
    attribution.attribute(record);
    keys.flush(invoice);
    summary.rebuild(buyerId, Set.of(YearMonth.from(before.date()), YearMonth.from(invoice.date())));
    record(record, caller, "INVOICE_REVISED", describe(before) + " -> " + describe(invoice));
    return record;
  }

  /** Deletes the invoice; {@code version}, when given, must be the current one. */
  public void delete(long invoiceId, Long version, SignedInCaller caller) {
    SpendRecord record = changeable(invoiceId, caller);
    if (version != null) {
      requireVersion(record, version);
    }
    long buyerId = record.buyer().id();
    summary.hold(buyerId);
    Invoice invoice = record.invoice();
    record(record, caller, "INVOICE_DELETED", describe(invoice));
    em.remove(record);
    summary.rebuild(buyerId, Set.of(YearMonth.from(invoice.date())));
  }

  /**
   * Classifies the contract's invoices anew after its department or R-strategy changed: their
   * shares carry both, so the report would otherwise keep counting them under the old ones.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void reclassify(Contract contract) {
    long buyerId = contract.buyer().id();
    summary.hold(buyerId);
    SpendAttribution.Recipients recipients = attribution.recipients(contract);
    Set<YearMonth> months = new TreeSet<>();
    em.createQuery("select r from SpendRecord r where r.contract = :contract", SpendRecord.class)
        .setParameter("contract", contract)
        .getResultStream()
        .forEach(
            record -> {
              record.attribute(recipients.parts(record.invoice().amount()));
              months.add(YearMonth.from(record.invoice().date()));
            });
    summary.rebuild(buyerId, months);
  }

  /** The invoice if the caller may see it; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public SpendRecord visible(long invoiceId, SignedInCaller caller) {
    SpendRecord record = em.find(SpendRecord.class, invoiceId);
    if (record == null) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    requireVisible(record.contract(), caller);
    return record;
  }

  /** The contract if the caller may see its invoices; 404 otherwise. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Contract contract(long contractId, SignedInCaller caller) {
    Contract contract = em.find(Contract.class, contractId);
    requireVisible(contract, caller);
    return contract;
  }

  /** The contract's invoices, latest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<SpendRecord> invoices(long contractId, PageRequest page, SignedInCaller caller) {
    Contract contract = contract(contractId, caller);
    long total =
        em.createQuery(
                "select count(r) from SpendRecord r where r.contract = :contract", Long.class)
            .setParameter("contract", contract)
            .getSingleResult();
    List<SpendRecord> items =
        em.createQuery(
                "select r from SpendRecord r where r.contract = :contract"
                    + " order by r.invoiceDate desc, r.id desc",
                SpendRecord.class)
            .setParameter("contract", contract)
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, total);
  }

  /** The contract's invoices still to be paid, oldest first (at most {@code limit}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SpendRecord> open(long contractId, int limit, SignedInCaller caller) {
    Contract contract = contract(contractId, caller);
    return em.createQuery(
            "select r from SpendRecord r where r.contract = :contract and r.paidOn is null"
                + " order by r.invoiceDate, r.id",
            SpendRecord.class)
        .setParameter("contract", contract)
        .setMaxResults(limit)
        .getResultList();
  }

  private SpendRecord changeable(long invoiceId, SignedInCaller caller) {
    SpendRecord record = em.find(SpendRecord.class, invoiceId);
    if (record == null) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    requireChangeable(record.contract(), caller);
    return record;
  }

  /**
   * Invoices are seen by whoever may see their contract (its buyer's staff and its firms, whom
   * payment concerns); anyone else is told the contract does not exist.
   */
  private static void requireVisible(Contract contract, SignedInCaller caller) {
    if (contract == null || !ContractFinder.maySee(contract, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
  }

  /** Only the buyer's officers change invoices; others who may see them are refused. */
  private static void requireChangeable(Contract contract, SignedInCaller caller) {
    requireVisible(contract, caller);
    if (!ContractFinder.isBuyerOfficer(contract, caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "spend.refused.notBuyerOfficer");
    }
  }

  private Invoice checked(InvoiceForm form) {
    FieldChecks checks = new FieldChecks();
    Invoice invoice = InvoiceRules.API.invoice(form, today(), checks);
    checks.throwIfAny();
    return invoice;
  }

  private static void requireVersion(SpendRecord record, long version) {
    if (version != record.version()) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
  }

  /** Today by the platform's clock, for payment terms. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE));
  }

  static String describe(Invoice invoice) {
    return (invoice.number() == null ? "" : invoice.number() + " ")
        + invoice.date()
        + " EUR "
        + invoice.amount().toPlainString()
        + (invoice.paidOn() == null ? ", open" : ", paid " + invoice.paidOn())
        + (invoice.rStrategy() == null ? "" : ", " + invoice.rStrategy());
  }

  private void record(SpendRecord record, SignedInCaller caller, String action, String detail) {
    em.flush();
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), action)
            .about(OBJECT_TYPE, record.id())
            .withDetail("contract " + record.contract().id() + ": " + detail));
  }
}
