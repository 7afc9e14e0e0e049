package nl.kringkoop.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.platform.i18n.Messages;

/**
 * Last resort: logs the failure with an incident number and answers 500 without any internals. A
 * concurrent edit that surfaces late (optimistic lock at commit) is reported as 409 instead.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Throwable failure) {
    if (causedByStaleVersion(failure)) {
      return ProblemResponses.response(ProblemType.STALE_VERSION, headers);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, failure);
    var locale = ProblemResponses.localeOf(headers);
    return ProblemResponses.build(
            ProblemType.INTERNAL,
            Messages.get(locale, ProblemType.INTERNAL.detailKey(), incident),
            java.util.List.of(),
            locale)
        .build();
  }

  private static boolean causedByStaleVersion(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
