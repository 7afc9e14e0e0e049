package nl.kringkoop.contract.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import nl.kringkoop.contract.control.InvoiceForm;
import nl.kringkoop.contract.control.Spend;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The invoices on one contract: the buyer's officers record them, the buyer and its firms read. */
@Path("contracts/{id}/invoices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Spend")
@SecurityRequirement(name = "bearer")
public class ContractInvoicesResource {

  @Inject Spend spend;

  @Inject Accounts accounts;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @Context UriInfo uri;

  @GET
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
  @Operation(
      summary = "The contract's invoices, latest first, with payment status and each firm's part",
      description =
          "For the buyer's officers and analysts and for the firms carrying out the contract;"
              + " 404 for anyone else.")
  public Page<InvoiceView> list(
      @PathParam("id") long contractId,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    LocalDate today = LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE));
    return spend
        .invoices(contractId, request, caller())
        .map(record -> InvoiceView.from(record, today));
  }

  @POST
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record an invoice on the contract",
      description =
          "Body: invoiceNumber (optional, unique on the contract), invoiceDate, amount"
              + " ({amount, currency EUR}, negative for a credit note), paidOn (optional),"
              + " rStrategy (optional, when the invoice delivers another strategy than the"
              + " contract). The invoice is attributed to the contract's firms by share.")
  public Response record(@PathParam("id") long contractId, InvoiceForm form) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    SpendRecord record = spend.record(contractId, form, caller());
    return Response.created(
            uri.getBaseUriBuilder().path("invoices").path(String.valueOf(record.id())).build())
        .entity(InvoiceView.from(record, LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE))))
        .build();
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
