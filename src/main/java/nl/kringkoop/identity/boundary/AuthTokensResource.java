package nl.kringkoop.identity.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.kringkoop.identity.control.ApiTokens;
import nl.kringkoop.identity.control.SignIn;
import nl.kringkoop.identity.control.SignInResult;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bearer tokens for API clients: sign in with a user name and password, sign out again. */
@Path("auth/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthTokensResource {

  @Inject SignIn signIn;

  @Inject ApiTokens tokens;

  @Inject AuditLog audit;

  @POST
  @PermitAll
  @Operation(summary = "Sign in and receive a bearer token")
  @APIResponse(responseCode = "201", description = "Token issued")
  @APIResponse(responseCode = "400", description = "Malformed or incomplete request")
  @APIResponse(responseCode = "401", description = "Wrong user name or password")
  @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
  public Response issue(@NotNull @Valid TokenRequest request, @Context UriInfo uri) {
    SignInResult result = signIn.attempt(request.getUsername(), request.getPassword(), "api");
    if (result instanceof SignInResult.Succeeded succeeded) {
      ApiTokens.IssuedToken token = tokens.issue(succeeded.caller());
      return Response.created(uri.getAbsolutePathBuilder().path("current").build())
          .header(HttpHeaders.CACHE_CONTROL, "no-store")
          .entity(token)
          .build();
    }
    if (result instanceof SignInResult.Throttled throttled) {
      throw new ProblemException(
              ProblemType.TOO_MANY_ATTEMPTS,
              "problem.too-many-attempts.detail",
              throttled.minutes())
          .withHeader("Retry-After", String.valueOf(throttled.retryAfter().toSeconds() + 1));
    }
    throw ProblemException.of(ProblemType.INVALID_CREDENTIALS);
  }

  @DELETE
  @Path("current")
  @Operation(summary = "Sign out: the token used for this call stops working")
  @SecurityRequirement(name = "bearer")
  @APIResponse(responseCode = "204", description = "Token revoked")
  public Response revoke(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context SecurityContext security) {
    String token = authorization.substring("Bearer ".length()).strip();
    tokens.revoke(token);
    audit.record(AuditEvent.of(security.getUserPrincipal().getName(), null, "TOKEN_REVOKED"));
    return Response.noContent().build();
  }
}
