package nl.kringkoop.referencedata.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.cpv.control.CpvLabelImport;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.csvimport.ImportReport;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.control.RegionImport;

/** Runs an uploaded file's import on the container's managed executor, so the page can poll it. */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Resource ManagedExecutorService executor;

  @Inject CpvLabelImport labelImport;

  @Inject RegionImport regionImport;

  @Inject Clock clock;

  ImportJob start(ReferenceList list, byte[] csv, SignedInCaller admin) {
    ImportJob job = new ImportJob(list, clock.instant());
    job.runningAs(executor.submit(() -> run(job, csv, admin)));
    return job;
  }

  private void run(ImportJob job, byte[] csv, SignedInCaller admin) {
    try {
      ByteArrayInputStream file = new ByteArrayInputStream(csv);
      ImportReport report =
          switch (job.list()) {
            case CPV_LABELS -> labelImport.importDutch(file, admin, job);
            case REGIONS -> regionImport.importList(file, admin, job);
          };
      job.finished(report, clock.instant());
      LOG.info(
          () ->
              job.list()
                  + " import by "
                  + admin.username()
                  + ": "
                  + report.summary()
                  + ", rejected "
                  + report.rejected().size()
                  + " in "
                  + job.took().toMillis()
                  + " ms");
    } catch (ProblemException refused) {
      job.failed(refused, clock.instant());
    } catch (RuntimeException broken) {
      LOG.log(Level.SEVERE, "Import of " + job.list() + " failed", broken);
      job.failed(ProblemException.of(ProblemType.INTERNAL), clock.instant());
    }
  }
}
