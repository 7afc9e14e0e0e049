package nl.kringkoop.referencedata.boundary;

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
import nl.kringkoop.cpv.control.CpvLabelImport;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReportView;
import nl.kringkoop.platform.problem.ProblemResponses;
import nl.kringkoop.region.control.RegionImport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators load official reference lists from CSV files: Dutch CPV labels, regions. */
@Path("admin")
@RequestScoped
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
@Consumes({"text/csv", MediaType.TEXT_PLAIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

  @Inject CpvLabelImport labelImport;

  @Inject RegionImport regionImport;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @POST
  @Path("cpv-labels")
  @Operation(
      summary = "Import Dutch CPV labels",
      description =
          "UTF-8 CSV with header code,label (comma or semicolon). Codes with or without check"
              + " digit; valid rows are stored or updated, each invalid row is reported by line.")
  public ImportReportView importLabels(InputStream csv) {
    var admin = accounts.caller(security.getUserPrincipal());
    return ImportReportView.of(
        labelImport.importDutch(csv, admin, ImportProgress.NONE),
        ProblemResponses.localeOf(headers));
  }

  @POST
  @Path("regions")
  @Operation(
      summary = "Import municipalities with their COROP regions and provinces",
      description =
          "UTF-8 CSV with header municipality_code,municipality_name,corop_code,corop_name,"
              + "province_code,province_name (comma or semicolon). Adds and updates; never"
              + " deletes. Each invalid row is reported by line.")
  public ImportReportView importRegions(InputStream csv) {
    var admin = accounts.caller(security.getUserPrincipal());
    return ImportReportView.of(
        regionImport.importList(csv, admin, ImportProgress.NONE),
        ProblemResponses.localeOf(headers));
  }
}
