package nl.kringkoop.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by any component to answer an API call with a problem. It carries message keys, not text,
 * so the answer is written in the caller's language when it is sent.
 */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final String detailKey;
  private final transient Object[] detailArgs;
  private final List<InvalidField> invalidFields;
  private final Map<String, String> headers;

  public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
    this(type, detailKey, detailArgs, List.of(), Map.of());
  }

  private ProblemException(
      ProblemType type,
      String detailKey,
      Object[] detailArgs,
      List<InvalidField> invalidFields,
      Map<String, String> headers) {
    super(type.uri() + " " + detailKey);
    this.type = type;
    this.detailKey = detailKey == null ? type.detailKey() : detailKey;
    this.detailArgs = detailArgs == null ? new Object[0] : detailArgs.clone();
    this.invalidFields = List.copyOf(invalidFields);
    this.headers = Map.copyOf(headers);
  }

  public static ProblemException of(ProblemType type) {
    return new ProblemException(type, null);
  }

  /** A validation problem listing each invalid field with the message key that explains it. */
  public static ProblemException invalid(List<InvalidField> fields) {
    return new ProblemException(ProblemType.VALIDATION, null, null, fields, Map.of());
  }

  /** The same problem with an extra response header, e.g. {@code Retry-After}. */
  public ProblemException withHeader(String name, String value) {
    Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new ProblemException(type, detailKey, detailArgs, invalidFields, more);
  }

  public ProblemType type() {
    return type;
  }

  public String detailKey() {
    return detailKey;
  }

  public Object[] detailArgs() {
    return detailArgs.clone();
  }

  public List<InvalidField> invalidFields() {
    return invalidFields;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** A field that failed a rule, named as in the request body, with a message key and args. */
  public record InvalidField(String field, String messageKey, Object... args) {}
}
