package nl.kringkoop.supplier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.supplier.control.Colleague;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.control.SupplierCsv;
import nl.kringkoop.supplier.control.SupplierFinder;
import nl.kringkoop.supplier.control.SupplierSearchRules;
import nl.kringkoop.supplier.control.Suppliers;
import nl.kringkoop.supplier.control.VerificationChange;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-registration of firms, their profiles, and the registry search for municipality staff. */
@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SuppliersResource {

  @Inject Suppliers suppliers;

  @Inject Accounts accounts;

  @Inject SupplierFinder finder;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @POST
  @PermitAll
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a firm with its first user and profile")
  public Response register(Registration registration, @Context UriInfo uri) {
    if (registration == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    SupplierProfile profile = suppliers.register(registration);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(profile.id())).build())
        .entity(SupplierView.of(profile, true))
        .build();
  }

  @GET
  @Path("{id}")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "A supplier's profile; contact details for officers and the firm itself")
  public SupplierView profile(@PathParam("id") long id) {
    SignedInCaller caller = caller();
    SupplierProfile profile =
        suppliers.profile(id).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    boolean mayContact =
        caller.hasRole(Role.OFFICER)
            || caller.hasRole(Role.ADMIN)
            || caller.organisationId() == profile.id();
    return SupplierView.of(profile, mayContact);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed("SUPPLIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Change the firm's own profile",
      description = "Same fields as registration without kvkNumber and password, plus version.")
  public SupplierView change(@PathParam("id") long id, Registration change) {
    if (change == null || change.version == null) {
      throw ProblemException.invalid(
          List.of(new ProblemException.InvalidField("version", "field.required")));
    }
    SupplierProfile profile = suppliers.change(id, change.version, change, caller());
    return SupplierView.of(profile, true);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed("SUPPLIER")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Remove the firm's account",
      description = "Deletes its users and profile; tender history stays, anonymised.")
  public Response remove(@PathParam("id") long id) {
    suppliers.remove(id, caller());
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/completeness")
  @RolesAllowed("SUPPLIER")
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "How complete the firm's own profile is, with hints in the caller's language")
  public CompletenessView completeness(@PathParam("id") long id, @Context HttpHeaders headers) {
    SignedInCaller caller = caller();
    SupplierProfile profile =
        suppliers.profile(id).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    if (caller.organisationId() != id) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return CompletenessView.of(
        suppliers.completeness(profile), Messages.preferred(headers.getAcceptableLanguages()));
  }

  @GET
  @Path("{id}/colleagues")
  @RolesAllowed("SUPPLIER")
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "The users of the firm's own organisation")
  public List<ColleagueView> colleagues(@PathParam("id") long id) {
    return suppliers.colleagues(id, caller()).stream().map(ColleagueView::of).toList();
  }

  @POST
  @Path("{id}/colleagues")
  @RolesAllowed("SUPPLIER")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Give a colleague a sign-in account of the same firm")
  public Response addColleague(@PathParam("id") long id, NewColleague colleague) {
    if (colleague == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    UserAccount user =
        suppliers.addColleague(
            id, new Colleague(colleague.name, colleague.email, colleague.password), caller());
    return Response.status(Response.Status.CREATED).entity(ColleagueView.of(user)).build();
  }

  @PUT
  @Path("{id}/verification")
  @RolesAllowed(Role.ADMIN_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Record what an administrator has checked: KVK registration, social enterprise")
  public SupplierView verify(@PathParam("id") long id, VerificationChange change) {
    if (change == null) {
      throw ProblemException.of(ProblemType.MALFORMED_REQUEST);
    }
    return SupplierView.of(suppliers.verify(id, change, caller()), true);
  }

  @GET
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary =
          "Search the registry: cpv, rStrategy, municipality, region, province, sizeClass,"
              + " socialEnterprise, certification, q, verified; sort, page, size")
  public Page<SupplierSummary> search(@Context UriInfo uri) {
    SupplierSearchRules.Search search = checked(uri);
    PageRequest page = PageRequest.of(search.page(), search.size(), maxPageSize);
    Map<String, String> places = finder.municipalityNames();
    boolean contact = mayContact();
    return finder
        .find(search.filter(), search.sort(), page)
        .map(profile -> SupplierSummary.of(profile, places, contact));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Every supplier matching the search filters as CSV, in the chosen order")
  public Response export(@Context UriInfo uri) {
    SupplierSearchRules.Search search = checked(uri);
    Map<String, String> places = finder.municipalityNames();
    boolean contact = mayContact();
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          SupplierCsv csv = new SupplierCsv(writer, places::get, contact, finder.today());
          finder.forEachChunk(search.filter(), search.sort(), csv::write);
          writer.flush();
        };
    return Response.ok(body, "text/csv;charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"suppliers.csv\"")
        .build();
  }

  private SupplierSearchRules.Search checked(UriInfo uri) {
    SupplierSearchRules.Outcome outcome = finder.check(uri.getQueryParameters());
    if (!outcome.ok()) {
      throw ProblemException.invalid(outcome.errors());
    }
    return outcome.search();
  }

  /** Officers and administrators see contact details in search results; analysts do not. */
  private boolean mayContact() {
    return security.isUserInRole(Role.OFFICER_NAME) || security.isUserInRole(Role.ADMIN_NAME);
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
