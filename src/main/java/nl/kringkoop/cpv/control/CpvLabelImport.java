package nl.kringkoop.cpv.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.csvimport.CsvUpload;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReport;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An administrator's import of official Dutch CPV labels: checks every row of the file first, then
 * stores the valid rows in one transaction and reports the rest by line. One import at a time on a
 * node; the catalogue reloads its labels after the commit.
 */
@ApplicationScoped
public class CpvLabelImport {

  public static final String DUTCH = "nl";

  @Inject CpvCatalogue catalogue;

  @Inject CpvLabels labels;

  @Inject
  @ConfigProperty(name = "import.reference.max-rows", defaultValue = "20000")
  int maxRows;

  private final ReentrantLock running = new ReentrantLock();

  /**
   * @throws ProblemException 400 when the file is unreadable, lacks a column or is too long; 409
   *     when another label import is running
   */
  public ImportReport importDutch(InputStream csv, SignedInCaller admin, ImportProgress progress) {
    if (!running.tryLock()) {
      throw new ProblemException(ProblemType.CONFLICT, "import.running");
    }
    try {
      CpvLabelRules rules = new CpvLabelRules(catalogue::resolve);
      List<CpvLabelRules.Accepted> accepted = new ArrayList<>();
      List<ImportReport.RejectedRow> rejected = new ArrayList<>();
      CsvUpload.read(
          csv,
          CpvLabelRules.COLUMNS,
          maxRows,
          row -> {
            CpvLabelRules.Outcome outcome = rules.check(row);
            if (outcome.ok()) {
              accepted.add(outcome.accepted());
            } else {
              rejected.add(outcome.rejected());
            }
          });
      return labels.store(DUTCH, accepted, rejected.size(), admin, progress).report(rejected);
    } finally {
      running.unlock();
    }
  }
}
