package nl.kringkoop.contract.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.LocalDate;
import nl.kringkoop.contract.control.InvoiceForm;
import nl.kringkoop.contract.control.Spend;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One invoice: read it, change it or record its payment, delete it. */
@Path("invoices/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spend")
@SecurityRequirement(name = "bearer")
public class InvoicesResource {

  @Inject Spend spend;

  @Inject Accounts accounts;

  @Inject Clock clock;

  @Context SecurityContext security;

  @GET
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
  @Operation(summary = "One invoice; 404 for anyone who may not see its contract's invoices")
  public InvoiceView invoice(@PathParam("id") long id) {
    return InvoiceView.from(spend.visible(id, caller()), today());
  }

  @PUT
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the invoice or record its payment",
      description =
          "Body as for recording, with every field and the version the change started from"
              + " (409 stale-version when the invoice changed meanwhile). The invoice is"
              + " attributed again and the summary of its old and new year rebuilt.")
  public InvoiceView revise(@PathParam("id") long id, InvoiceForm form) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    return InvoiceView.from(spend.revise(id, form, caller()), today());
  }

  @DELETE
  @RolesAllowed(Role.OFFICER_NAME)
  @Operation(
      summary = "Delete the invoice",
      description = "?version= is optional; when given, 409 if the invoice changed meanwhile.")
  public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
    spend.delete(id, version, caller());
    return Response.noContent().build();
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE));
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
