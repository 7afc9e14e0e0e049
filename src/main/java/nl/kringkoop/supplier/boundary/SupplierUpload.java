package nl.kringkoop.supplier.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.csvimport.ImportUploadPage;
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
public class SupplierUpload extends ImportUploadPage<ImportProgress, ImportReport> {

  private static final long serialVersionUID = 1L;

  @Inject SupplierImport imports;

  @Inject CurrentUser currentUser;

  public SupplierUpload() {
    super("Supplier import", "admin.import.failed");
  }

  @Override
  public void start() {
    if (refusedWithoutFile("admin.import.noFile")) {
      return;
    }
    UploadedFile file = getFile();
    UserAccount admin = currentUser.account().orElseThrow();
    Path copy = keep(file);
    ImportProgress progress = new ImportProgress(file.getSize());
    run.start(
        file.getFileName(),
        progress,
        executor,
        () -> {
          try (InputStream in = Files.newInputStream(copy)) {
            return imports.run(in, admin.username(), admin.organisation().id(), progress);
          } finally {
            Files.deleteIfExists(copy);
          }
        });
  }

  @Override
  protected int percent(ImportProgress progress) {
    return progress.percent();
  }

  @Override
  protected List<RejectedRow> rejected(ImportReport report) {
    return report.rejected();
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
