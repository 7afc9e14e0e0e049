package nl.kringkoop.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.reporting.control.CouncilReport;
import nl.kringkoop.reporting.control.ReportContent;
import nl.kringkoop.reporting.control.ReportCsv;
import nl.kringkoop.reporting.control.ReportScope;
import nl.kringkoop.reporting.control.ReportTables;
import nl.kringkoop.reporting.control.ReportWords;
import nl.kringkoop.reporting.control.ReportWorkbook;
import nl.kringkoop.reporting.control.Reports;
import nl.kringkoop.reporting.control.SpendFigures;
import nl.kringkoop.reporting.control.SpendTargets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The spend report of the caller's municipality (JSON, CSV, XLSX, the council's PDF), its targets
 * and its tender outcomes, for its officers and analysts only.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
public class ReportsResource {

  public static final String CSV = "text/csv";
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String PDF = "application/pdf";

  @Inject Reports reports;

  @Inject SpendTargets targets;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  /** The targets to set, each a percentage 0..100 with at most two decimals. */
  public static class TargetsForm {
    public Long version;
    public BigDecimal circular;
    public BigDecimal local;
    public BigDecimal sme;
    public BigDecimal social;
  }

  @GET
  @Path("spend")
  @Produces({MediaType.APPLICATION_JSON, CSV})
  @Operation(
      summary = "The municipality's spend in a year: totals, shares, targets and breakdowns",
      description =
          "year is required; department and region (COROP code) narrow the report. With Accept:"
              + " text/csv the answer is CSV in long format, one figure per line:"
              + " section;key;amount.")
  public Response spend(
      @QueryParam("year") String year,
      @QueryParam("department") String department,
      @QueryParam("region") String region) {
    SignedInCaller caller = caller();
    Organisation buyer = reports.buyerOf(caller);
    ReportScope scope = ReportScope.parse(buyer.id(), year, department, region);
    SpendFigures figures = reports.spend(scope);
    if (wantsCsv()) {
      StreamingOutput body =
          out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            ReportCsv.longFormat(figures, writer);
            writer.flush();
          };
      return Response.ok(body, CSV + ";charset=UTF-8")
          .header("Content-Disposition", attachment(scope, "csv"))
          .build();
    }
    return Response.ok(
            SpendReportView.of(
                    buyer, scope.department().orElse(null), scope.region().orElse(null), figures)
                .json(),
            MediaType.APPLICATION_JSON)
        .build();
  }

  @GET
  @Path("spend.xlsx")
  @Produces(XLSX)
  @Operation(summary = "The spend report and tender outcomes as an Excel workbook")
  public Response workbook(
      @QueryParam("year") String year,
      @QueryParam("department") String department,
      @QueryParam("region") String region) {
    ReportContent content = content(year, department, region);
    ReportWords words = new ReportWords(locale());
    StreamingOutput body = out -> ReportWorkbook.write(new ReportTables(words).all(content), out);
    return Response.ok(body, XLSX)
        .header("Content-Disposition", attachment(content.scope(), "xlsx"))
        .build();
  }

  @GET
  @Path("spend.pdf")
  @Produces(PDF)
  @Operation(summary = "The council report on the year's spend as PDF (Accept-Language nl or en)")
  public Response councilReport(
      @QueryParam("year") String year,
      @QueryParam("department") String department,
      @QueryParam("region") String region) {
    ReportContent content = content(year, department, region);
    CouncilReport report = new CouncilReport(new ReportWords(locale()));
    StreamingOutput body = out -> report.write(content, out);
    return Response.ok(body, PDF)
        .header("Content-Disposition", attachment(content.scope(), "pdf"))
        .build();
  }

  @GET
  @Path("targets")
  @Operation(summary = "The municipality's targets for a year (set is false while none)")
  public TargetsView targets(@QueryParam("year") String year) {
    int parsed = year(year);
    return TargetsView.of(parsed, targets.of(caller(), parsed));
  }

  @PUT
  @Path("targets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the municipality's targets for a year (percentages 0..100)",
      description = "Send the version you read; none when the year has no targets yet.")
  public TargetsView setTargets(@QueryParam("year") String year, TargetsForm form) {
    int parsed = year(year);
    TargetsForm given = form == null ? new TargetsForm() : form;
    SignedInCaller caller = caller();
    targets.set(
        caller,
        parsed,
        new SpendTargets.Written(given.circular, given.local, given.sme, given.social),
        given.version);
    return TargetsView.of(parsed, targets.of(caller, parsed));
  }

  @GET
  @Path("tenders")
  @Operation(summary = "Tenders with a contract signed in the year: days to contract and responses")
  public TenderOutcomesView tenders(@QueryParam("year") String year) {
    return TenderOutcomesView.of(reports.tenders(caller(), year(year)));
  }

  private ReportContent content(String year, String department, String region) {
    Organisation buyer = reports.buyerOf(caller());
    return reports.content(buyer, ReportScope.parse(buyer.id(), year, department, region));
  }

  /** Whether the caller asked for CSV before JSON (the acceptable types come in order). */
  private boolean wantsCsv() {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType()) {
        return false;
      }
      if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
        return true;
      }
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return false;
      }
    }
    return false;
  }

  private static int year(String year) {
    FieldChecks checks = new FieldChecks();
    int parsed = ReportScope.year(checks, year);
    checks.throwIfAny();
    return parsed;
  }

  private static String attachment(ReportScope scope, String extension) {
    return "attachment; filename=\"spend-" + scope.year() + "." + extension + "\"";
  }

  private Locale locale() {
    return Messages.preferred(headers.getAcceptableLanguages());
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
