package nl.kringkoop.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.matching.control.MatchingPolicies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's municipality's matching weights: read by its staff, set by its officers. */
@Path("matching-policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Matching")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME})
public class MatchingPolicyResource {

  @Inject MatchingPolicies policies;

  @Inject Accounts accounts;

  @Context SecurityContext security;

  /** The weights to set; factors left out keep their weight. */
  public static class PolicyForm {
    public Long version;
    public Map<String, Integer> weights;
  }

  @GET
  @Operation(summary = "The weights the caller's municipality ranks firms with")
  public PolicyView policy() {
    return view(policies.municipalityOf(caller()));
  }

  @PUT
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set the weights (0..50 each, capability at least 10)",
      description = "Send the version you read (none while the defaults apply).")
  public PolicyView change(PolicyForm form) {
    PolicyForm given = form == null ? new PolicyForm() : form;
    SignedInCaller caller = caller();
    policies.change(given.weights, given.version, caller);
    return view(policies.municipalityOf(caller));
  }

  private PolicyView view(String municipality) {
    return PolicyView.of(municipality, policies.of(municipality), policies.stored(municipality));
  }

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
