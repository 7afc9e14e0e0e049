package nl.kringkoop.supplier.boundary;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.control.Suppliers;
import nl.kringkoop.supplier.control.VerificationChange;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Self-registration of firms and their profiles. */
@Path("suppliers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Suppliers")
public class SuppliersResource {

  @Inject Suppliers suppliers;

  @Inject Accounts accounts;

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

  private SignedInCaller caller() {
    return accounts
        .findByUsername(security.getUserPrincipal().getName())
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }
}
