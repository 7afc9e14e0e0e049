package nl.kringkoop.platform.csvimport;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;
import org.primefaces.model.file.UploadedFile;

/**
 * What every import page shows: the file field, the import running in the background that the page
 * polls ({@link UploadRun}), its progress, report and refused rows. A page adds which import it
 * starts, with its own checks and messages.
 *
 * @param <P> the import's progress
 * @param <R> the import's report
 */
public abstract class ImportUploadPage<P, R> implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected LanguageSelection language;

  @Resource protected transient ManagedExecutorService executor;

  protected final UploadRun<P, R> run;

  private transient UploadedFile file;

  /**
   * @param name what is imported, for the log
   * @param failedKey message key for an import that failed for another reason than its file
   */
  protected ImportUploadPage(String name, String failedKey) {
    this.run = new UploadRun<>(name, failedKey);
  }

  /** Starts the import of the uploaded file; the page then polls {@link #refresh()}. */
  public abstract void start();

  protected abstract int percent(P progress);

  protected abstract List<RejectedRow> rejected(R report);

  /** Called by the poll: picks up the result once the import has finished. */
  public void refresh() {
    run.refresh(language.getLocale());
  }

  public boolean isRunning() {
    return run.isRunning();
  }

  public boolean isFinished() {
    return !run.isRunning();
  }

  public int getPercent() {
    return run.progress() == null ? 0 : percent(run.progress());
  }

  public P getProgress() {
    return run.progress();
  }

  public R getReport() {
    return run.report();
  }

  public List<RejectedRow> getRejected() {
    return run.report() == null ? List.of() : rejected(run.report());
  }

  public List<FieldError> getFileErrors() {
    return run.fileErrors();
  }

  public String getFileName() {
    return run.fileName();
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

  /**
   * Refuses to start without a file, with an empty one, or while an import runs.
   *
   * @return whether the upload was refused (the page then shows {@code noFileKey})
   */
  protected boolean refusedWithoutFile(String noFileKey) {
    if (file == null || file.getSize() == 0 || isRunning()) {
      run.refuse(List.of(new FieldError(null, text(noFileKey))));
      return true;
    }
    return false;
  }

  protected String text(String key) {
    return Messages.get(language.getLocale(), key);
  }
}
