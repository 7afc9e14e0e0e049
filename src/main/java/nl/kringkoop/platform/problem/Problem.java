package nl.kringkoop.platform.problem;

import java.util.List;

/** An RFC 9457 problem details body as sent to API clients. */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /** One invalid input field and what is wrong with it, in the caller's language. */
  public record FieldError(String field, String message) {}
}
