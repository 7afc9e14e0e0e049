package nl.kringkoop.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JSON that cannot be bound to the request type is the caller's error (400). */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException exception) {
    return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, headers);
  }
}
