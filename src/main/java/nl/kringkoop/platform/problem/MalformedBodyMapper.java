package nl.kringkoop.platform.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is not valid JSON for the expected shape is the caller's error (400). */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<ProcessingException> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    return ProblemResponses.response(ProblemType.MALFORMED_REQUEST, headers);
  }
}
