package nl.kringkoop.supplier.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.supplier.control.ImportProgress;
import nl.kringkoop.supplier.control.ImportReport;
import nl.kringkoop.supplier.control.SupplierImport;
import org.primefaces.model.file.UploadedFile;

/**
 * The administrator's supplier import screen: upload a file, watch the import run in the
 * background, then page through the rows it refused. The page itself is for ADMIN only (web.xml).
 */
@Named
@ViewScoped
public class SupplierUpload implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SupplierUpload.class.getName());

  @Inject SupplierImport imports;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  @Resource transient ManagedExecutorService executor;

  private transient UploadedFile file;
  private transient ImportProgress progress;
  private transient Future<ImportReport> running;
  private transient ImportReport report;
  private transient List<FieldError> fileErrors = List.of();
  private String fileName;

  /** Starts the import of the uploaded file; the page then polls {@link #getPercent()}. */
  public void start() {
    if (file == null || file.getSize() == 0 || isRunning()) {
      fileErrors = List.of(new FieldError(null, text("admin.import.noFile")));
      return;
    }
    UserAccount admin = currentUser.account().orElseThrow();
    Path copy = keep(file);
    fileName = file.getFileName();
    report = null;
    fileErrors = List.of();
    progress = new ImportProgress(file.getSize());
    ImportProgress watched = progress;
    running =
        executor.submit(
            () -> {
              try (InputStream in = Files.newInputStream(copy)) {
                return imports.run(in, admin.username(), admin.organisation().id(), watched);
              } finally {
                Files.deleteIfExists(copy);
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
        LOG.log(Level.WARNING, "Supplier import failed", failed.getCause());
        fileErrors = List.of(new FieldError(null, text("admin.import.failed")));
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

  public ImportProgress getProgress() {
    return progress;
  }

  public ImportReport getReport() {
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

  /** A refused row's reasons in the reader's language. */
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

  /** The upload's temporary file ends with the request; the import needs it longer. */
  private static Path keep(UploadedFile upload) {
    try (InputStream in = upload.getInputStream()) {
      Path copy = Files.createTempFile("kringkoop-import-", ".csv");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
