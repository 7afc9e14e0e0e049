package nl.kringkoop.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Gives the JAX-RS runtime's own errors (unknown path, wrong method...) a problem body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    Response problem = ProblemResponses.response(ProblemType.forStatus(status), headers);
    if (status == 405 && exception.getResponse().getAllowedMethods() != null) {
      return Response.fromResponse(problem)
          .allow(exception.getResponse().getAllowedMethods())
          .build();
    }
    return problem;
  }
}
