package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.TenderTrail;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A tender's audit trail for its buyer's staff, as JSON pages or one CSV file. */
@Path("tenders/{id}")
@RequestScoped
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
public class TenderAuditResource {

  private static final int CSV_PAGE = 500;

  @Inject Tenders tenders;

  @Inject TenderTrail trail;

  @Inject TenderApi api;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @GET
  @Path("audit")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Every state change, submission, opening and decision, oldest first")
  public Page<Entry> audit(
      @PathParam("id") long id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return trail.entries(staffTender(id), PageRequest.of(page, size, maxPageSize)).map(Entry::of);
  }

  @GET
  @Path("audit.csv")
  @Produces("text/csv")
  @Operation(summary = "The whole audit trail as CSV")
  public Response auditCsv(@PathParam("id") long id) {
    Tender tender = staffTender(id);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          CSVPrinter csv =
              new CSVPrinter(
                  writer,
                  CSVFormat.RFC4180
                      .builder()
                      .setHeader("occurred_at", "actor", "action", "detail")
                      .get());
          int page = 0;
          Page<AuditEntry> entries;
          do {
            entries = trail.entries(tender, new PageRequest(page++, CSV_PAGE));
            for (AuditEntry entry : entries.items()) {
              csv.printRecord(
                  entry.occurredAt(),
                  FormulaGuard.defuse(entry.actor()),
                  entry.action(),
                  FormulaGuard.defuse(entry.detail()));
            }
          } while ((long) page * CSV_PAGE < entries.total());
          csv.flush();
        };
    return Response.ok(body, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"tender-" + id + "-audit.csv\"")
        .build();
  }

  private Tender staffTender(long id) {
    SignedInCaller caller = api.caller(security);
    Tender tender = tenders.visible(id, caller);
    if (!TenderAccess.isBuyerStaff(tender, caller)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return tender;
  }

  /** One entry of the trail. */
  public record Entry(Instant occurredAt, String actor, String action, String detail) {
    static Entry of(AuditEntry entry) {
      return new Entry(entry.occurredAt(), entry.actor(), entry.action(), entry.detail());
    }
  }
}
