package nl.kringkoop.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.matching.control.Matches;
import nl.kringkoop.platform.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ranked firms for a tender or one of its lots, for the buyer's officers. */
@Path("tenders/{id}/matches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME, Role.ADMIN_NAME})
public class MatchesResource {

  @Inject Matches matches;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Firms ranked for a need, with explanations",
      description =
          "Only the buyer's officers (403 for others; 404 for a draft of another municipality)."
              + " lot narrows to one lot; limit 1..100 (default 20). Reasons follow"
              + " Accept-Language (nl, en).")
  public MatchView matches(
      @PathParam("id") long tenderId,
      @QueryParam("lot") Long lotId,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    var caller = accounts.caller(security.getUserPrincipal());
    return MatchView.of(
        matches.forTender(tenderId, lotId, limit, caller),
        Messages.preferred(headers.getAcceptableLanguages()));
  }
}
