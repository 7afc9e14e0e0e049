package nl.kringkoop.partnership.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.partnership.control.ConsortiumForm;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A supplier proposes a consortium for an open tender, leading it and inviting partners. */
@Path("tenders/{id}/consortia")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.SUPPLIER_NAME)
public class TenderConsortiaResource {

  @Inject Consortia consortia;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Propose a consortium led by the caller's firm",
      description =
          "Body: partners ([{supplierId, workPackage, sharePercent}], 1 to 3 firms),"
              + " leadWorkPackage, leadSharePercent; shares in percent (up to two decimals)"
              + " adding up to 100. Only while entries are open; 409 when a firm already takes"
              + " part in the tender or sits in another consortium for it.")
  public Response propose(
      @PathParam("id") long tenderId, ConsortiumForm form, @Context UriInfo uri) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    Consortium consortium =
        consortia.propose(tenderId, form, accounts.caller(security.getUserPrincipal()));
    return Response.created(
            uri.getBaseUriBuilder()
                .path(ConsortiaResource.class)
                .path(String.valueOf(consortium.id()))
                .build())
        .entity(ConsortiumView.of(consortium))
        .build();
  }
}
