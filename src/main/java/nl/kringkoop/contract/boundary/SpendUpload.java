package nl.kringkoop.contract.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.contract.control.SpendImport;
import nl.kringkoop.contract.control.SpendImportProgress;
import nl.kringkoop.contract.control.SpendImportReport;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;
import nl.kringkoop.platform.problem.ProblemException;
import org.primefaces.model.file.UploadedFile;

/**
 * The spend import screen of a municipality's officers and analysts: upload the export of the
 * books, watch the import run in the background, then page through the lines it refused. The import
 * itself checks the caller's role and municipality.
 */
@Named
@ViewScoped
public class SpendUpload implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SpendUpload.class.getName());

  @Inject SpendImport imports;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  @Resource transient ManagedExecutorService executor;

  private transient UploadedFile file;
  private transient SpendImportProgress progress;
  private transient Future<SpendImportReport> running;
  private transient SpendImportReport report;
  private transient List<FieldError> fileErrors = List.of();
  private String fileName;

  /** Starts the import of the uploaded file; the page then polls {@link #refresh()}. */
  public void start() {
    if (file == null || file.getSize() == 0 || isRunning()) {
      fileErrors = List.of(new FieldError(null, text("spend.page.noFile")));
      return;
    }
    SignedInCaller caller = currentUser.caller();
    Path copy;
    try (InputStream in = file.getInputStream()) {
      copy = KeptUpload.keep(in, imports.maxBytes());
    } catch (ProblemException refused) {
      fileErrors = problemErrors(refused);
      return;
    } catch (IOException unreadable) {
      fileErrors = List.of(new FieldError(null, text("import.unreadable")));
      return;
    }
    fileName = file.getFileName();
    report = null;
    fileErrors = List.of();
    progress = new SpendImportProgress(file.getSize());
    SpendImportProgress watched = progress;
    running =
        executor.submit(
            () -> {
              try (InputStream in = Files.newInputStream(copy)) {
                return imports.run(in, caller, watched);
              } finally {
                KeptUpload.discard(copy);
              }
            });
  }

  /** Called by the poll: picks up the result once the import has finished. */
  public void refresh() {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      report = running.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof ProblemException problem) {
        fileErrors = problemErrors(problem);
      } else {
        LOG.log(Level.WARNING, "Spend import failed", failed.getCause());
        fileErrors = List.of(new FieldError(null, text("spend.page.failed")));
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    running = null;
  }

  public boolean isRunning() {
    return running != null;
  }

  public boolean isFinished() {
    return running == null;
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public SpendImportProgress getProgress() {
    return progress;
  }

  public SpendImportReport getReport() {
    return report;
  }

  public List<RejectedRow> getRejected() {
    return report == null ? List.of() : report.rejected();
  }

  public List<FieldError> getFileErrors() {
    return fileErrors;
  }

  public String getFileName() {
    return fileName;
  }

  /** A refused line's reasons in the reader's language. */
  public List<FieldError> reasons(RejectedRow row) {
    return ImportReportView.Rejected.of(row, language.getLocale()).errors();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  private List<FieldError> problemErrors(ProblemException problem) {
    if (problem.invalidFields().isEmpty()) {
      return List.of(new FieldError(null, text(problem.detailKey(), problem.detailArgs())));
    }
    return problem.invalidFields().stream()
        .map(e -> new FieldError(e.field(), text(e.messageKey(), e.args())))
        .toList();
  }

  private String text(String key, Object... args) {
    return Messages.get(language.getLocale(), key, args);
  }
}
