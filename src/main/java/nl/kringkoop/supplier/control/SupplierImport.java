package nl.kringkoop.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.csvimport.BatchedImport;
import nl.kringkoop.platform.csvimport.CountingInput;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.MunicipalityCode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk import of suppliers for regional networks. Streams the file, checks every row with the
 * registration rules (no user account, so no password), and stores valid rows in batches of their
 * own transaction; the KVK number is the key, so importing a file again adds no duplicates. One
 * audit entry per run.
 */
@ApplicationScoped
public class SupplierImport {

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  @Inject ImportBatch batches;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Event<SuppliersImported> imported;

  @Inject
  @ConfigProperty(name = "supplier.import.batch-size", defaultValue = "500")
  int batchSize;

  /**
   * Imports a supplier file.
   *
   * @param actor user name of the administrator, for the audit trail
   * @throws ProblemException before anything is stored, when the header is wrong or the file empty
   */
  public ImportReport run(
      InputStream input, String actor, Long actorOrganisation, ImportProgress progress) {
    Run run = new Run(progress);
    try (SupplierImportFile csv =
        SupplierImportFile.open(new CountingInput(input, progress::bytesRead))) {
      run.readAll(csv);
    }
    ImportReport report = run.report();
    audit.record(
        AuditEvent.of(actor, actorOrganisation, "SUPPLIERS_IMPORTED")
            .withDetail(
                "imported %d, updated %d, unchanged %d, rejected %d"
                    .formatted(
                        report.imported(),
                        report.updated(),
                        report.unchanged(),
                        report.rejected().size())));
    if (report.imported() + report.updated() > 0) {
      imported.fire(new SuppliersImported(report.imported(), report.updated()));
    }
    return report;
  }

  /** The state of one import run. */
  private final class Run {
    private final RegistrationRules rules;
    private final Map<Integer, Long> lineOfKvk = new HashMap<>();
    private final BatchedImport<ImportBatch.Checked> rows;
    private int imported;
    private int updated;
    private int unchanged;

    Run(ImportProgress progress) {
      Set<MunicipalityCode> known = regions.municipalityCodes();
      this.rules =
          new RegistrationRules(cpv::resolve, known::contains, Year.now(clock)).withoutAccount();
      this.rows =
          new BatchedImport<>(
              "Supplier import",
              batchSize,
              batch -> count(batches.store(batch, clock.instant())),
              ImportBatch.Checked::line,
              progress);
    }

    void readAll(SupplierImportFile csv) {
      rows.readAll(csv, this::check);
    }

    private void check(SupplierImportFile.Row row) {
      List<InvalidField> errors = new ArrayList<>(row.errors());
      RegistrationRules.Outcome outcome = rules.check(row.form());
      Set<String> unconvertible = new HashSet<>();
      row.errors().forEach(error -> unconvertible.add(error.field()));
      outcome.errors().stream()
          .filter(e -> !unconvertible.contains(e.field()))
          .forEach(errors::add);
      if (KvkNumber.isValid(row.form().kvkNumber)) {
        int kvk = Integer.parseInt(KvkNumber.parse(row.form().kvkNumber).value());
        Long earlier = lineOfKvk.putIfAbsent(kvk, row.line());
        if (earlier != null) {
          errors.add(new InvalidField("kvkNumber", "import.row.kvkTwice", earlier));
        }
      }
      if (errors.isEmpty()) {
        rows.accept(new ImportBatch.Checked(row.line(), outcome.accepted()));
      } else {
        rows.reject(row.line(), errors);
      }
    }

    private void count(ImportBatch.Outcome outcome) {
      imported += outcome.imported;
      updated += outcome.updated;
      unchanged += outcome.unchanged;
      outcome.rejected.forEach(r -> rows.reject(r.line(), r.errors()));
    }

    ImportReport report() {
      return new ImportReport(imported, updated, unchanged, rows.rejectedByLine());
    }
  }
}
