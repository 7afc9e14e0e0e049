package nl.kringkoop.contract.boundary;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.kringkoop.contract.control.CloseForm;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.ContractForm;
import nl.kringkoop.contract.control.ContractProgress;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.contract.control.KpiForm;
import nl.kringkoop.contract.control.MilestoneForm;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.Kpi;
import nl.kringkoop.contract.entity.Milestone;
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

  @Inject ContractProgress progress;

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
              + " supplier. sort: SIGNED, REFERENCE, TITLE, DEPARTMENT, VALUE, STARTS, ENDS or"
              + " STATUS, descending with a leading minus (default -SIGNED: newest first).")
  public Page<ContractView> list(
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    LocalDate today = contracts.today();
    return finder
        .find(caller(), ContractFinder.Ordering.parse(sort), request)
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

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change the terms; send the version you read",
      description =
          "Body as for a new contract without tenderId, lotIds and parties, plus version"
              + " (required; 409 when stale). Only the buyer's officers, only while active.")
  public ContractView change(@PathParam("id") long id, ContractForm form) {
    return view(contracts.change(id, required(form), caller()));
  }

  @POST
  @Path("{id}/close")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Close the contract",
      description = "Body: status (COMPLETED or TERMINATED), version. The firms are told.")
  public ContractView close(@PathParam("id") long id, CloseForm form) {
    return view(contracts.close(id, required(form), caller()));
  }

  @POST
  @Path("{id}/milestones")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Plan a milestone",
      description = "Body: title, dueOn (yyyy-MM-dd). Answers 201 with the whole contract.")
  public Response plan(@PathParam("id") long id, MilestoneForm form) {
    Milestone milestone = progress.plan(id, required(form), caller());
    return Response.status(Response.Status.CREATED).entity(view(milestone.contract())).build();
  }

  @PUT
  @Path("{id}/milestones/{milestoneId}")
  @RolesAllowed({Role.OFFICER_NAME, Role.SUPPLIER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a milestone as reached, or reopen it",
      description =
          "Body: status (DONE or PLANNED), completedOn (yyyy-MM-dd, default today, not in the"
              + " future), note, version of the milestone (required). The buyer's officers and"
              + " the contracted firms.")
  public ContractView progress(
      @PathParam("id") long id, @PathParam("milestoneId") long milestoneId, MilestoneForm form) {
    return view(progress.progress(id, milestoneId, required(form), caller()).contract());
  }

  @POST
  @Path("{id}/kpis")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a KPI",
      description =
          "Body: name, unit, target (number), higherIsBetter. Answers 201 with the whole"
              + " contract.")
  public Response addKpi(@PathParam("id") long id, KpiForm form) {
    Kpi kpi = progress.addKpi(id, required(form), caller());
    return Response.status(Response.Status.CREATED).entity(view(kpi.contract())).build();
  }

  @PUT
  @Path("{id}/kpis/{kpiId}")
  @RolesAllowed({Role.OFFICER_NAME, Role.SUPPLIER_NAME})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a KPI measurement",
      description =
          "Body: measured (number), measuredOn (yyyy-MM-dd, default today, not in the future),"
              + " version of the KPI (required). The buyer's officers and the contracted firms.")
  public ContractView measure(
      @PathParam("id") long id, @PathParam("kpiId") long kpiId, KpiForm form) {
    return view(progress.measure(id, kpiId, required(form), caller()).contract());
  }

  private ContractView view(Contract contract) {
    return ContractView.of(contract, contracts.today());
  }

  private static <T> T required(T form) {
    if (form == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    return form;
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
