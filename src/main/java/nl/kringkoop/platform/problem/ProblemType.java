package nl.kringkoop.platform.problem;

import jakarta.ws.rs.core.Response.Status;

/**
 * The kinds of problems the API reports. Each has a stable type URI and a localised title ({@code
 * problem.<slug>.title}) and default detail ({@code problem.<slug>.detail}).
 */
public enum ProblemType {
  VALIDATION("validation", 400),
  MALFORMED_REQUEST("malformed-request", 400),
  UNAUTHENTICATED("unauthenticated", 401),
  INVALID_CREDENTIALS("invalid-credentials", 401),
  FORBIDDEN("forbidden", 403),
  NOT_FOUND("not-found", 404),
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  NOT_ACCEPTABLE("not-acceptable", 406),
  CONFLICT("conflict", 409),
  STALE_VERSION("stale-version", 409),
  PHASE_CONFLICT("phase-conflict", 409),
  DEADLINE_PASSED("deadline-passed", 409),
  OFFER_SEALED("offer-sealed", 403),
  PAYLOAD_TOO_LARGE("payload-too-large", 413),
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
  TOO_MANY_ATTEMPTS("too-many-attempts", 429),
  INTERNAL("internal", 500),
  UNAVAILABLE("unavailable", 503);

  private static final String TYPE_PREFIX = "urn:kringkoop:problem:";

  private final String slug;
  private final int status;

  ProblemType(String slug, int status) {
    this.slug = slug;
    this.status = status;
  }

  public String uri() {
    return TYPE_PREFIX + slug;
  }

  public int status() {
    return status;
  }

  public String titleKey() {
    return "problem." + slug + ".title";
  }

  public String detailKey() {
    return "problem." + slug + ".detail";
  }

  /** Whether this type stands for its HTTP status in general (not a more specific case). */
  private boolean isGeneric() {
    return switch (this) {
      case VALIDATION,
          INVALID_CREDENTIALS,
          STALE_VERSION,
          PHASE_CONFLICT,
          DEADLINE_PASSED,
          OFFER_SEALED ->
          false;
      default -> true;
    };
  }

  /** The problem type that stands for a plain HTTP status raised by the JAX-RS runtime. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type.isGeneric()) {
        return type;
      }
    }
    return Status.Family.familyOf(status) == Status.Family.SERVER_ERROR
        ? INTERNAL
        : MALFORMED_REQUEST;
  }
}
