package nl.kringkoop.contract.boundary;

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
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.contract.control.AwardForm;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Turns an awarded tender into its contracts. */
@Path("tenders/{id}/contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.OFFICER_NAME)
public class TenderContractsResource {

  @Inject Contracts contracts;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  /** The contracts made, one per winning offer. */
  public record Made(List<ContractView> items) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make the contracts of an awarded tender",
      description =
          "Body: department, startsOn, endsOn (yyyy-MM-dd), rStrategy (R0..R9 or null). One"
              + " contract per winning offer, for its lot, worth the offered price, with the winner"
              + " as SOLE party or the consortium it leads with the agreed shares. 409 when the"
              + " tender is not awarded or its contracts exist.")
  public Response make(@PathParam("id") long tenderId, AwardForm form) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    LocalDate today = contracts.today();
    List<ContractView> made =
        contracts.fromAward(tenderId, form, accounts.caller(security.getUserPrincipal())).stream()
            .map(c -> ContractView.of(c, today))
            .toList();
    return Response.status(Response.Status.CREATED).entity(new Made(made)).build();
  }
}
