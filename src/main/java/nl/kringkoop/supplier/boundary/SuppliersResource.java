package nl.kringkoop.supplier.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.control.SupplierCsv;
import nl.kringkoop.supplier.control.SupplierFinder;
import nl.kringkoop.supplier.control.SupplierSearchRules;
import nl.kringkoop.supplier.control.Suppliers;
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
    return accounts
        .findByUsername(security.getUserPrincipal().getName())
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }
}
