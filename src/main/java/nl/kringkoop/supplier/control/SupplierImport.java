package nl.kringkoop.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
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

  private static final Logger LOG = Logger.getLogger(SupplierImport.class.getName());

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
    try (SupplierImportFile csv = SupplierImportFile.open(new Counting(input, progress))) {
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
    private final ImportProgress progress;
    private final RegistrationRules rules;
    private final Map<Integer, Long> lineOfKvk = new HashMap<>();
    private final List<ImportBatch.Checked> batch = new ArrayList<>();
    private final List<RejectedRow> rejected = new ArrayList<>();
    private int imported;
    private int updated;
    private int unchanged;

    Run(ImportProgress progress) {
      this.progress = progress;
      Set<MunicipalityCode> known = regions.municipalityCodes();
      this.rules =
          new RegistrationRules(cpv::resolve, known::contains, Year.now(clock)).withoutAccount();
    }

    void readAll(SupplierImportFile csv) {
      while (true) {
        Optional<SupplierImportFile.Row> row;
        try {
          row = csv.next();
        } catch (UncheckedIOException | IllegalStateException broken) {
          reject(csv.linesRead() + 1, List.of(new InvalidField("row", "import.unreadableFrom")));
          break;
        }
        if (row.isEmpty()) {
          break;
        }
        progress.rowRead();
        check(row.get());
        if (batch.size() >= batchSize) {
          store();
        }
      }
      store();
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
        batch.add(new ImportBatch.Checked(row.line(), outcome.accepted()));
      } else {
        reject(row.line(), errors);
      }
    }

    private void store() {
      if (batch.isEmpty()) {
        return;
      }
      try {
        count(batches.store(batch, clock.instant()));
      } catch (RuntimeException batchFailed) {
        LOG.log(Level.WARNING, "Import batch failed; storing its rows one by one", batchFailed);
        for (ImportBatch.Checked row : batch) {
          storeAlone(row);
        }
      }
      progress.stored(batch.size());
      batch.clear();
    }

    /** After a batch failed: each row in its own transaction, so one bad row costs only itself. */
    private void storeAlone(ImportBatch.Checked row) {
      try {
        count(batches.store(List.of(row), clock.instant()));
      } catch (RuntimeException rowFailed) {
        LOG.log(Level.WARNING, "Import row on line " + row.line() + " not stored", rowFailed);
        reject(row.line(), List.of(new InvalidField("row", "import.row.notStored")));
      }
    }

    private void count(ImportBatch.Outcome outcome) {
      imported += outcome.imported;
      updated += outcome.updated;
      unchanged += outcome.unchanged;
      outcome.rejected.forEach(r -> reject(r.line(), r.errors()));
    }

    private void reject(long line, List<InvalidField> errors) {
      rejected.add(new RejectedRow(line, errors));
      progress.rejected(1);
    }

    ImportReport report() {
      List<RejectedRow> byLine = new ArrayList<>(rejected);
      byLine.sort(java.util.Comparator.comparingLong(RejectedRow::line));
      return new ImportReport(imported, updated, unchanged, byLine);
    }
  }

  /** Tells the progress how many bytes of the file have been read. */
  private static final class Counting extends FilterInputStream {
    private final ImportProgress progress;
    private long count;

    Counting(InputStream in, ImportProgress progress) {
      super(in);
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.bytesRead(++count);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count += n;
        progress.bytesRead(count);
      }
      return n;
    }
  }
}
