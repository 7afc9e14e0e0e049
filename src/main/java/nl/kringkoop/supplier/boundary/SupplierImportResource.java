package nl.kringkoop.supplier.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemResponses;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.supplier.control.ImportProgress;
import nl.kringkoop.supplier.control.SupplierImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of suppliers from a CSV file, for administrators working with regional networks. */
@Path("suppliers/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SupplierImportResource {

  static final String CSV = "text/csv";

  @Inject SupplierImport imports;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @POST
  @RolesAllowed("ADMIN")
  @Consumes(CSV)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Import suppliers from CSV (header as in the user guide); KVK number is the key",
      description =
          "Valid rows are stored, every refused row is reported with its line number and reasons."
              + " A wrong header refuses the whole file with 400 before anything is stored.")
  public ImportSummary importCsv(InputStream body) {
    if (body == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    SignedInCaller caller = accounts.caller(security.getUserPrincipal());
    var report =
        imports.run(body, caller.username(), caller.organisationId(), new ImportProgress(0));
    return ImportSummary.of(report, ProblemResponses.localeOf(headers));
  }
}
