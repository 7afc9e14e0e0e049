package nl.kringkoop.region.control;

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
 * An administrator's import of the municipalities with their COROP regions and provinces: checks
 * every row first, then adds or updates the valid ones in one transaction and reports the rest by
 * line. One import at a time on a node.
 */
@ApplicationScoped
public class RegionImport {

  @Inject Regions regions;

  @Inject
  @ConfigProperty(name = "import.reference.max-rows", defaultValue = "20000")
  int maxRows;

  private final ReentrantLock running = new ReentrantLock();

  /**
   * @throws ProblemException 400 when the file is unreadable, lacks a column or is too long; 409
   *     when another region import is running
   */
  public ImportReport importList(InputStream csv, SignedInCaller admin, ImportProgress progress) {
    if (!running.tryLock()) {
      throw new ProblemException(ProblemType.CONFLICT, "import.running");
    }
    try {
      RegionRules rules = new RegionRules();
      List<RegionRules.Accepted> accepted = new ArrayList<>();
      List<ImportReport.RejectedRow> rejected = new ArrayList<>();
      CsvUpload.read(
          csv,
          RegionRules.COLUMNS,
          maxRows,
          row -> {
            RegionRules.Outcome outcome = rules.check(row);
            if (outcome.ok()) {
              accepted.add(outcome.accepted());
            } else {
              rejected.add(outcome.rejected());
            }
          });
      return regions.store(accepted, rejected.size(), admin, progress).report(rejected);
    } finally {
      running.unlock();
    }
  }
}
