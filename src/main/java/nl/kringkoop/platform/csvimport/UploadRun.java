package nl.kringkoop.platform.csvimport;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.Problem.FieldError;
import nl.kringkoop.platform.problem.ProblemException;

/**
 * An upload page's import running in the background: started with its work, polled until it has
 * finished, then its report, or why the file was refused as errors in the reader's language.
 *
 * @param <P> the progress the page shows while the import runs
 * @param <R> the import's report
 */
public final class UploadRun<P, R> implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(UploadRun.class.getName());

  private final String name;
  private final String failedKey;
  private transient P progress;
  private transient Future<R> running;
  private transient R report;
  private transient List<FieldError> fileErrors = List.of();
  private String fileName;

  /**
   * @param name what is imported, for the log
   * @param failedKey message key for an import that failed for another reason than its file
   */
  public UploadRun(String name, String failedKey) {
    this.name = name;
    this.failedKey = failedKey;
  }

  /** Runs {@code work} on the executor; the page then polls {@link #refresh}. */
  public void start(
      String fileName, P progress, ManagedExecutorService executor, Callable<R> work) {
    this.fileName = fileName;
    report = null;
    fileErrors = List.of();
    this.progress = progress;
    running = executor.submit(work);
  }

  /** Shows why the upload is not imported. */
  public void refuse(List<FieldError> errors) {
    fileErrors = errors;
  }

  /** Picks up the result once the import has finished. */
  public void refresh(Locale locale) {
    if (running == null || !running.isDone()) {
      return;
    }
    try {
      report = running.get();
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof ProblemException problem) {
        fileErrors = problemErrors(problem, locale);
      } else {
        LOG.log(Level.WARNING, name + " failed", failed.getCause());
        fileErrors = List.of(new FieldError(null, Messages.get(locale, failedKey)));
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    running = null;
  }

  public boolean isRunning() {
    return running != null;
  }

  /** The progress of the last import started, or null before the first. */
  public P progress() {
    return progress;
  }

  /** The report of the last import, or null while it runs or when it was refused. */
  public R report() {
    return report;
  }

  public List<FieldError> fileErrors() {
    return fileErrors;
  }

  public String fileName() {
    return fileName;
  }

  /** A refusal as field errors in the reader's language; the problem's detail when no field. */
  public static List<FieldError> problemErrors(ProblemException problem, Locale locale) {
    if (problem.invalidFields().isEmpty()) {
      return List.of(
          new FieldError(null, Messages.get(locale, problem.detailKey(), problem.detailArgs())));
    }
    return problem.invalidFields().stream()
        .map(e -> new FieldError(e.field(), Messages.get(locale, e.messageKey(), e.args())))
        .toList();
  }
}
