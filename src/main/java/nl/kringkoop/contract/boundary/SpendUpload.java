package nl.kringkoop.contract.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kringkoop.contract.control.SpendImport;
import nl.kringkoop.contract.control.SpendImportProgress;
import nl.kringkoop.contract.control.SpendImportReport;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.csvimport.ImportUploadPage;
import nl.kringkoop.platform.csvimport.UploadRun;
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
public class SpendUpload extends ImportUploadPage<SpendImportProgress, SpendImportReport> {

  private static final long serialVersionUID = 1L;

  @Inject SpendImport imports;

  @Inject CurrentUser currentUser;

  public SpendUpload() {
    super("Spend import", "spend.page.failed");
  }

  @Override
  public void start() {
    if (refusedWithoutFile("spend.page.noFile")) {
      return;
    }
    UploadedFile file = getFile();
    SignedInCaller caller = currentUser.caller();
    Path copy;
    try (InputStream in = file.getInputStream()) {
      copy = KeptUpload.keep(in, imports.maxBytes());
    } catch (ProblemException refused) {
      run.refuse(UploadRun.problemErrors(refused, language.getLocale()));
      return;
    } catch (IOException unreadable) {
      run.refuse(List.of(new FieldError(null, text("import.unreadable"))));
      return;
    }
    SpendImportProgress progress = new SpendImportProgress(file.getSize());
    run.start(
        file.getFileName(),
        progress,
        executor,
        () -> {
          try (InputStream in = Files.newInputStream(copy)) {
            return imports.run(in, caller, progress);
          } finally {
            KeptUpload.discard(copy);
          }
        });
  }

  @Override
  protected int percent(SpendImportProgress progress) {
    return progress.percent();
  }

  @Override
  protected List<RejectedRow> rejected(SpendImportReport report) {
    return report.rejected();
  }
}
