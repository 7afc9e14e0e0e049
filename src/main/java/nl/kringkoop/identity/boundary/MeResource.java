package nl.kringkoop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in caller: who they are, their roles and their organisation. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@SecurityRequirement(name = "bearer")
public class MeResource {

  @Inject Accounts accounts;

  @GET
  @Operation(summary = "The signed-in caller")
  public Me me(@Context SecurityContext security) {
    return accounts
        .findByUsername(security.getUserPrincipal().getName())
        .map(Me::from)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  /** Response of {@code GET /api/v1/me}. */
  public record Me(
      String username,
      String displayName,
      String email,
      List<String> roles,
      OrganisationView organisation) {

    static Me from(UserAccount user) {
      return new Me(
          user.username(),
          user.displayName(),
          user.email(),
          user.roles().stream().map(Role::name).sorted().toList(),
          OrganisationView.from(user.organisation()));
    }
  }

  /** An organisation as the caller sees their own. */
  public record OrganisationView(long id, String name, String kind, String code) {

    static OrganisationView from(Organisation organisation) {
      return new OrganisationView(
          organisation.id(),
          organisation.name(),
          organisation.kind().name(),
          organisation.code().orElse(null));
    }
  }
}
