package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.contract.control.SpendImportFile.SpendLine;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.csvimport.BatchedImport;
import nl.kringkoop.platform.csvimport.CountingInput;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports the spend a municipality's books export: one line per invoice on one of its contracts,
 * found by the contract's reference (within the caller's municipality only). Streams the file,
 * checks every line, and stores good lines in batches of their own transaction while refused lines
 * are reported with their line number and every reason. Importing the same file again adds nothing
 * ({@link InvoiceKey}); a line that now says more (a payment) updates its invoice. The summary is
 * rebuilt once per year the import touched, and the import is audited once with its counts.
 */
@ApplicationScoped
public class SpendImport {

  @Inject SpendImportBatch batches;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spend.import.batch-size", defaultValue = "500")
  int batchSize;

  @Inject
  @ConfigProperty(name = "spend.import.max-bytes", defaultValue = "52428800")
  long maxBytes;

  /** The largest file the import takes, in bytes; larger uploads are refused before reading. */
  public long maxBytes() {
    return maxBytes;
  }

  /**
   * Imports a spend file for the caller's municipality.
   *
   * @throws ProblemException 403 for anyone but a municipality's officer or analyst; 400 before
   *     anything is stored when the file is empty or its header wrong
   */
  public SpendImportReport run(
      InputStream input, SignedInCaller caller, SpendImportProgress progress) {
    requireMunicipalityStaff(caller);
    Run run = new Run(caller.organisationId(), progress);
    try (SpendImportFile csv =
        SpendImportFile.open(new CountingInput(input, progress::bytesRead))) {
      run.readAll(csv);
    }
    SpendImportReport report = run.report();
    batches.finish(
        caller.organisationId(),
        run.months,
        AuditEvent.of(caller.username(), caller.organisationId(), "SPEND_IMPORTED")
            .about(Spend.OBJECT_TYPE, "import")
            .withDetail(
                "imported %d, updated %d, unchanged %d, rejected %d"
                    .formatted(
                        report.imported(),
                        report.updated(),
                        report.unchanged(),
                        report.rejected().size())));
    return report;
  }

  private void requireMunicipalityStaff(SignedInCaller caller) {
    if (caller == null || !(caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST))) {
      throw new ProblemException(ProblemType.FORBIDDEN, "spend.refused.notMunicipalityStaff");
    }
  }

  /** The state of one import run. */
  private final class Run {
    private final Map<String, Long> contracts;
    private final LocalDate today;
    private final Map<String, Long> lineOfKey = new HashMap<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final BatchedImport<SpendImportBatch.Checked> lines;
    private final Set<YearMonth> months = new TreeSet<>();
    private int imported;
    private int updated;
    private int unchanged;

    Run(long buyerId, SpendImportProgress progress) {
      this.contracts = batches.contractsOf(buyerId);
      this.today = LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE));
      this.lines =
          new BatchedImport<>(
              "Spend import",
              batchSize,
              batch -> count(batches.store(buyerId, batch, clock.instant())),
              SpendImportBatch.Checked::line,
              progress);
    }

    void readAll(SpendImportFile csv) {
      lines.readAll(csv, this::check);
    }

    private void check(SpendLine line) {
      FieldChecks checks = new FieldChecks();
      line.errors().forEach(e -> checks.add(e.field(), e.messageKey(), e.args()));
      Long contractId = null;
      if (line.contractReference() == null) {
        checks.add(SpendImportFile.CONTRACT_REFERENCE, "field.required");
      } else {
        contractId = contracts.get(SpendImportBatch.normal(line.contractReference()));
        checks.require(
            contractId != null,
            SpendImportFile.CONTRACT_REFERENCE,
            "spend.import.unknownContract",
            line.contractReference());
      }
      if (line.invoiceDate() == null && !line.unreadable(SpendImportFile.INVOICE_DATE)) {
        checks.add(SpendImportFile.INVOICE_DATE, "field.required");
      }
      if (line.amount() == null && !line.unreadable(SpendImportFile.AMOUNT)) {
        checks.add(SpendImportFile.AMOUNT, "field.required");
      }
      String key = contractId == null ? null : keyOf(line, contractId, checks);
      Invoice invoice =
          InvoiceRules.CSV.facts(
              line.invoiceNumber(),
              line.invoiceDate(),
              line.amount(),
              line.paidOn(),
              line.rStrategy(),
              today,
              checks);
      if (checks.isEmpty() && invoice != null && key != null) {
        lines.accept(new SpendImportBatch.Checked(line.line(), contractId, key, invoice));
      } else {
        lines.reject(line.line(), checks.errors());
      }
    }

    /**
     * The line's key, or null when the line lacks what it is made of. Lines are numbered by their
     * place in the file even when refused, so that a line corrected later keeps its key; a number
     * already on an earlier line of the file refuses this one.
     */
    private String keyOf(SpendLine line, long contractId, FieldChecks checks) {
      String number = line.invoiceNumber();
      if (number == null) {
        if (line.invoiceDate() == null || line.amount() == null) {
          return null;
        }
        String triple = InvoiceKey.triple(contractId, line.invoiceDate(), line.amount());
        int occurrence = occurrences.merge(triple, 1, Integer::sum);
        return InvoiceKey.unnumbered(contractId, line.invoiceDate(), line.amount(), occurrence);
      }
      if (number.length() > SpendRecord.INVOICE_NUMBER_MAX) {
        return null;
      }
      String numbered = InvoiceKey.numbered(contractId, number);
      Long earlier = lineOfKey.putIfAbsent(numbered, line.line());
      if (earlier != null) {
        checks.add(SpendImportFile.INVOICE_NUMBER, "spend.import.numberTwice", earlier);
      }
      return numbered;
    }

    private void count(SpendImportBatch.Outcome outcome) {
      imported += outcome.imported;
      updated += outcome.updated;
      unchanged += outcome.unchanged;
      months.addAll(outcome.months);
    }

    SpendImportReport report() {
      return new SpendImportReport(imported, updated, unchanged, lines.rejectedByLine());
    }
  }
}
