package nl.kringkoop.partnership.boundary;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.partnership.control.ConsortiumFinder;
import nl.kringkoop.partnership.control.ReplacementForm;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consortia: a firm's invitations and partnerships, the answers to them and the lead's changes. */
@Path("consortia")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.SUPPLIER_NAME)
public class ConsortiaResource {

  @Inject Consortia consortia;

  @Inject ConsortiumFinder finder;

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "The consortia the caller's firm leads or is invited to, latest change first",
      description = "tenderId narrows the list to one tender.")
  public Page<ConsortiumView> list(
      @QueryParam("tenderId") Long tenderId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    return finder.involving(caller().organisationId(), tenderId, request).map(ConsortiumView::of);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.SUPPLIER_NAME, Role.OFFICER_NAME, Role.ANALYST_NAME})
  @Operation(
      summary = "One consortium",
      description =
          "For the firms in it or invited to it, and for the buyer's staff once it is formed;"
              + " 404 for anyone else.")
  public ConsortiumView consortium(@PathParam("id") long id) {
    return ConsortiumView.of(finder.visible(id, caller()));
  }

  @POST
  @Path("{id}/acceptance")
  @Operation(
      summary = "Accept the firm's invitation",
      description = "The last acceptance forms the consortium. 409 when answered or dissolved.")
  public ConsortiumView accept(@PathParam("id") long id) {
    return ConsortiumView.of(consortia.accept(id, caller()));
  }

  @POST
  @Path("{id}/refusal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline the firm's invitation, optionally with a reason")
  public ConsortiumView decline(@PathParam("id") long id, Refusal refusal) {
    String reason = refusal == null ? null : refusal.reason;
    return ConsortiumView.of(consortia.decline(id, reason, caller()));
  }

  @PUT
  @Path("{id}/members/{supplierId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The lead invites another firm in the place of one that declined",
      description =
          "Body: supplierId, workPackage and sharePercent of the firm invited instead, shares"
              + " ([{supplierId, sharePercent}]) for remaining members whose share changes, and"
              + " optionally version. All shares must add up to 100.")
  public ConsortiumView replace(
      @PathParam("id") long id,
      @PathParam("supplierId") long declinedFirmId,
      ReplacementForm form) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    return ConsortiumView.of(consortia.replace(id, declinedFirmId, form, caller()));
  }

  @POST
  @Path("{id}/dissolution")
  @Operation(
      summary = "The lead dissolves the consortium",
      description = "Refused while its pitch as this consortium stands; ?version= is optional.")
  public ConsortiumView dissolve(@PathParam("id") long id, @QueryParam("version") Long version) {
    return ConsortiumView.of(consortia.dissolve(id, version, caller()));
  }

  /** Why a firm declines; optional. */
  public static class Refusal {
    public String reason;
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
