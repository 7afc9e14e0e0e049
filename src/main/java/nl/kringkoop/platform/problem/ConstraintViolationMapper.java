package nl.kringkoop.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;

/**
 * Lists every bean validation failure of a request per field, with the message in the caller's
 * language.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  private static final MessageInterpolator INTERPOLATOR =
      Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale locale = ProblemResponses.localeOf(headers);
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(
                violation -> new Problem.FieldError(fieldOf(violation), message(violation, locale)))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return ProblemResponses.build(
            ProblemType.VALIDATION,
            Messages.get(locale, ProblemType.VALIDATION.detailKey()),
            errors,
            locale)
        .build();
  }

  /** The field as named in the request body: property nodes after the method parameter. */
  static String fieldOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.PROPERTY
          || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
        if (node.getIndex() != null) {
          field.append('[').append(node.getIndex()).append(']');
        }
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String message(ConstraintViolation<?> violation, Locale locale) {
    return INTERPOLATOR.interpolate(
        violation.getMessageTemplate(),
        new MessageInterpolator.Context() {
          @Override
          public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
          }

          @Override
          public Object getValidatedValue() {
            return violation.getInvalidValue();
          }

          @Override
          public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
          }
        },
        locale);
  }
}
