package nl.kringkoop.referencedata.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import org.primefaces.event.FileUploadEvent;

/**
 * The reference-data page: an administrator uploads the Dutch CPV labels or the region list, sees
 * the import's progress while it runs in the background, then its report row by row.
 */
@Named
@ViewScoped
public class ReferenceDataImports implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ImportRunner runner;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  // A running import belongs to this view only; it is not kept when a session is passivated.
  private transient ImportJob job;
  private transient ImportJob shownJob;
  private transient Locale shownLocale;
  private transient ImportReportView shown;

  public void uploadLabels(FileUploadEvent upload) {
    start(ReferenceList.CPV_LABELS, upload);
  }

  public void uploadRegions(FileUploadEvent upload) {
    start(ReferenceList.REGIONS, upload);
  }

  private void start(ReferenceList list, FileUploadEvent upload) {
    SignedInCaller admin =
        currentUser
            .account()
            .map(SignedInCaller::of)
            .filter(caller -> caller.hasRole(Role.ADMIN))
            .orElseThrow(() -> new SecurityException("Only administrators import reference data"));
    if (running()) {
      return; // the page hides the uploads while one runs; a second request waits its turn
    }
    job = runner.start(list, upload.getFile().getContent(), admin);
  }

  public boolean isRunning() {
    return running();
  }

  private boolean running() {
    return job != null && job.running();
  }

  public boolean isFinished() {
    return job != null && !job.running();
  }

  public int getProgress() {
    return job == null ? 0 : job.percent();
  }

  public String getStatus() {
    Locale locale = language.getLocale();
    if (job == null) {
      return "";
    }
    String list = Messages.get(locale, job.list().titleKey());
    if (job.running()) {
      return Messages.get(
          locale, job.storing() ? "referenceData.storing" : "referenceData.checking", list);
    }
    if (job.problem() != null || job.report() == null) {
      return Messages.get(locale, "referenceData.failed", list);
    }
    return Messages.get(
        locale,
        "referenceData.done",
        list,
        job.report().imported(),
        job.report().rejected().size(),
        job.took().toMillis() / 1000.0);
  }

  /** Why a whole file was refused (no rows stored), in the reader's language. */
  public List<String> getProblems() {
    if (job == null || job.running() || job.problem() == null) {
      return List.of();
    }
    ProblemException problem = job.problem();
    Locale locale = language.getLocale();
    if (problem.invalidFields().isEmpty()) {
      return List.of(Messages.get(locale, problem.detailKey(), problem.detailArgs()));
    }
    return problem.invalidFields().stream()
        .map(field -> Messages.get(locale, field.messageKey(), field.args()))
        .toList();
  }

  public ImportReportView getReport() {
    if (job == null || job.running() || job.report() == null) {
      return null;
    }
    Locale locale = language.getLocale();
    if (shownJob != job || !locale.equals(shownLocale)) {
      shown = ImportReportView.of(job.report(), locale); // once, not on every table render
      shownJob = job;
      shownLocale = locale;
    }
    return shown;
  }
}
