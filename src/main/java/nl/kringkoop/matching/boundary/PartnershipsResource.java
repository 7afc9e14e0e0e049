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
import nl.kringkoop.matching.control.Partnerships;
import nl.kringkoop.platform.i18n.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Consortia of small firms that could take on a need together. */
@Path("tenders/{id}/partnerships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME, Role.ADMIN_NAME})
public class PartnershipsResource {

  @Inject Partnerships partnerships;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @Context HttpHeaders headers;

  @GET
  @Operation(
      summary = "Proposed consortia of 2 to 4 firms that together cover the need",
      description =
          "The buyer's officers get every proposal; a supplier only those it is part of, while"
              + " the need is open for entries (403 otherwise). limit 1..20 (default 5).")
  public ProposalView proposals(
      @PathParam("id") long tenderId,
      @QueryParam("lot") Long lotId,
      @QueryParam("limit") @DefaultValue("5") int limit) {
    var caller = accounts.caller(security.getUserPrincipal());
    return ProposalView.of(
        partnerships.forTender(tenderId, lotId, limit, caller),
        Messages.preferred(headers.getAcceptableLanguages()));
  }
}
