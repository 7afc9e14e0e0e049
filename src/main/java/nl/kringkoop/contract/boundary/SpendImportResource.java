package nl.kringkoop.contract.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kringkoop.contract.control.SpendImport;
import nl.kringkoop.contract.control.SpendImportProgress;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemResponses;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Import of a municipality's spend from its books, as a CSV file of invoices on its contracts. */
@jakarta.ws.rs.Path("spend/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spend")
@SecurityRequirement(name = "bearer")
public class SpendImportResource {

  @Inject SpendImport imports;

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "spend.import.max-bytes", defaultValue = "52428800")
  long maxBytes;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
  @Consumes("text/csv")
  @Operation(
      summary = "Import invoices from CSV (columns in the user guide); importing again is safe",
      description =
          "Header contract_reference;invoice_number;invoice_date;amount;paid_date;r_strategy."
              + " Good lines are stored, every refused line is reported with its line number and"
              + " reasons. A line already imported is unchanged, or updated when it now says more"
              + " (a payment). 400 for an empty file or a wrong header, 413 above the size limit;"
              + " nothing is stored then.")
  public SpendImportSummary importCsv(InputStream body) {
    var caller = accounts.caller(security.getUserPrincipal());
    Path file = KeptUpload.keep(body, maxBytes);
    try (InputStream in = Files.newInputStream(file)) {
      var report = imports.run(in, caller, new SpendImportProgress(Files.size(file)));
      return SpendImportSummary.of(report, ProblemResponses.localeOf(headers));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    } finally {
      KeptUpload.discard(file);
    }
  }
}
