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
import java.time.LocalDate;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.ContractForm;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contracts: manual entry, the lists of a municipality and of a firm, and one contract. */
@Path("contracts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class ContractsResource {

  @Inject Contracts contracts;

  @Inject ContractFinder finder;

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Enter a contract made outside the platform",
      description =
          "Body: reference (unique for the municipality), title, department, value {amount,"
              + " currency EUR}, rStrategy (R0..R9 or null), startsOn, endsOn (yyyy-MM-dd),"
              + " signedAt (optional, default now), tenderId and lotIds (optional), parties"
              + " ([{supplierId, role SOLE|LEAD|MEMBER, sharePercent}], 1 to 4 firms: one SOLE"
              + " with 100, or one LEAD and MEMBERs, shares adding up to 100).")
  public Response create(ContractForm form, @Context UriInfo uri) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    Contract contract = contracts.create(form, caller());
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(contract.id())).build())
        .entity(ContractView.of(contract, contracts.today()))
        .build();
  }

  @GET
  @Operation(
      summary = "The contracts the caller may see",
      description =
          "The municipality's contracts for its officers and analysts, the firm's own for a"
              + " supplier. sort: SIGNED (default, newest first), REFERENCE, TITLE, DEPARTMENT,"
              + " VALUE, ENDS or STATUS.")
  public Page<ContractView> list(
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    LocalDate today = contracts.today();
    return finder
        .find(caller(), ContractFinder.Sort.parse(sort), request)
        .map(c -> ContractView.of(c, today));
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One contract",
      description = "For the buyer's staff and the contracted firms; 404 for anyone else.")
  public ContractView contract(@PathParam("id") long id) {
    return ContractView.of(finder.visible(id, caller()), contracts.today());
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
