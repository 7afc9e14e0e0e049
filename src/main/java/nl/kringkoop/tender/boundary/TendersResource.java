package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.Evaluation;
import nl.kringkoop.tender.control.NeedForm;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.TenderFinder;
import nl.kringkoop.tender.control.TenderTrail;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RCC needs: drafting, publication, the phases and the public list. */
@Path("tenders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TendersResource {

  @Inject Tenders tenders;

  @Inject TenderFinder finder;

  @Inject Evaluation evaluation;

  @Inject TenderApi api;

  @Inject TenderTrail trail;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @POST
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Draft a need",
      description = "A draft may be incomplete; publishing checks everything.")
  public Response draft(NeedForm form, @Context UriInfo uri) {
    SignedInCaller caller = api.caller(security);
    Tender tender = tenders.draft(required(form), caller);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(tender.id())).build())
        .entity(api.view(tender, headers, caller))
        .build();
  }

  @GET
  @PermitAll
  @Operation(
      summary = "Tenders, newest first",
      description =
          "Anonymous callers and suppliers see every published tender; the buyer's staff also"
              + " their drafts. mine=true narrows to the caller's municipality or responses.")
  public Page<TenderSummary> list(
      @QueryParam("status") String status,
      @QueryParam("mine") boolean mine,
      @QueryParam("q") String text,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    TenderFinder.Filter filter = new TenderFinder.Filter(status(status), mine, text);
    return finder.find(filter, api.callerOrAnonymous(security), request).map(TenderSummary::of);
  }

  @GET
  @Path("{id}")
  @PermitAll
  @Operation(summary = "A tender: published ones for anyone, drafts for the buyer's staff")
  public TenderView tender(@PathParam("id") long id) {
    SignedInCaller caller = api.callerOrAnonymous(security);
    return api.view(tenders.visible(id, caller), headers, caller);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Rewrite a draft; send the version you started from")
  public TenderView change(@PathParam("id") long id, NeedForm form) {
    NeedForm change = required(form);
    if (change.version == null) {
      throw ProblemException.invalid(
          List.of(new ProblemException.InvalidField("version", "field.required")));
    }
    return api.view(tenders.change(id, change, caller()), headers, caller());
  }

  @POST
  @Path("{id}/publish")
  @RolesAllowed(Role.OFFICER_NAME)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Publish a complete draft (DRAFT -> PUBLISHED); lists every gap otherwise")
  public TenderView publish(@PathParam("id") long id, @QueryParam("version") Long version) {
    return api.view(tenders.publish(id, version, caller()), headers, caller());
  }

  @POST
  @Path("{id}/transitions")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Move to the next phase",
      description =
          "Body {\"to\": \"SELECTION\"|\"DIALOGUE\"|\"OFFERS\"|\"EVALUATION\"|\"AWARDED\","
              + " \"version\": N}. Refused with 409 while the phase's conditions do not hold.")
  public TenderView advance(@PathParam("id") long id, Transition transition) {
    Transition wanted = required(transition);
    TenderStatus target = status(wanted.to);
    if (target == null) {
      throw ProblemException.invalid(
          List.of(new ProblemException.InvalidField("to", "field.required")));
    }
    return api.view(tenders.advance(id, target, wanted.version, caller()), headers, caller());
  }

  @POST
  @Path("{id}/cancellation")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Cancel the tender with a reason, from any phase before the award")
  public TenderView cancel(@PathParam("id") long id, Decision decision) {
    Decision given = required(decision);
    return api.view(tenders.cancel(id, given.reason, given.version, caller()), headers, caller());
  }

  @POST
  @Path("{id}/award-intention")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Decide the intended award once every score is in; starts the standstill period")
  public TenderView intendAward(@PathParam("id") long id, Decision decision) {
    Decision given = required(decision);
    return api.view(
        evaluation.intendAward(id, given.reason, given.version, caller()), headers, caller());
  }

  @GET
  @Path("{id}/audit")
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The tender's audit trail, oldest first: changes, submissions, decisions")
  public Page<AuditLine> audit(
      @PathParam("id") long id,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return trail
        .entries(staffTender(id), PageRequest.of(page, size, maxPageSize))
        .map(AuditLine::of);
  }

  @GET
  @Path("{id}/audit.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The whole audit trail as CSV")
  public Response auditCsv(@PathParam("id") long id) {
    Tender tender = staffTender(id);
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          trail.writeCsv(tender, writer);
          writer.flush();
        };
    return Response.ok(body, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"tender-" + id + "-audit.csv\"")
        .build();
  }

  private SignedInCaller caller() {
    return api.caller(security);
  }

  private Tender staffTender(long id) {
    SignedInCaller caller = api.caller(security);
    Tender tender = tenders.visible(id, caller);
    if (!TenderAccess.isBuyerStaff(tender, caller)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return tender;
  }

  /** One entry of a tender's audit trail. */
  public record AuditLine(Instant occurredAt, String actor, String action, String detail) {
    static AuditLine of(AuditEntry entry) {
      return new AuditLine(entry.occurredAt(), entry.actor(), entry.action(), entry.detail());
    }
  }

  /** A phase change asked for. */
  public static class Transition {
    public String to;
    public Long version;
  }

  /** A decision with its reason. */
  public static class Decision {
    public String reason;
    public Long version;
  }

  static <T> T required(T body) {
    if (body == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    return body;
  }

  private static TenderStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return TenderStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw ProblemException.invalid(
          List.of(
              new ProblemException.InvalidField("status", "tender.field.status", text.strip())));
    }
  }
}
