package nl.kringkoop.platform.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/** Test deployments only: {@code PUT /api/v1/test/clock} with an ISO instant sets the time. */
@Path("test/clock")
@RequestScoped
public class TestClockResource {

  @Inject SettableClock clock;

  @PUT
  @PermitAll
  public Response set(String instant) {
    clock.set(Instant.parse(instant.strip()));
    return Response.noContent().build();
  }

  @DELETE
  @PermitAll
  public Response release() {
    clock.release();
    return Response.noContent().build();
  }
}
