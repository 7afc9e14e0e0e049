package nl.kringkoop.region.boundary;

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
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.platform.problem.ProblemResponses;
import nl.kringkoop.region.control.RegionImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators load the official list of municipalities, COROP regions and provinces. */
@Path("admin/regions")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
public class RegionsResource {

  @Inject RegionImport regionImport;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Import municipalities with their COROP regions and provinces",
      description =
          "UTF-8 CSV with header municipality_code,municipality_name,corop_code,corop_name,"
              + "province_code,province_name (comma or semicolon). Adds and updates; never"
              + " deletes. Each invalid row is reported by line.")
  public ImportReportView importRegions(InputStream csv) {
    SignedInCaller admin = accounts.caller(security.getUserPrincipal());
    return ImportReportView.of(
        regionImport.importList(csv, admin, ImportProgress.NONE),
        ProblemResponses.localeOf(headers));
  }
}
