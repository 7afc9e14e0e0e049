package nl.kringkoop.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;

/** Turns problems into localised {@code application/problem+json} responses. */
public final class ProblemResponses {

  private ProblemResponses() {}

  public static Locale localeOf(HttpHeaders headers) {
    if (headers == null) {
      return Messages.DUTCH;
    }
    try {
      return Messages.preferred(headers.getAcceptableLanguages());
    } catch (RuntimeException unparsableHeader) {
      return Messages.DUTCH;
    }
  }

  public static Response response(ProblemException problem, HttpHeaders headers) {
    Locale locale = localeOf(headers);
    List<Problem.FieldError> errors =
        problem.invalidFields().stream()
            .map(
                field ->
                    new Problem.FieldError(
                        field.field(), Messages.get(locale, field.messageKey(), field.args())))
            .toList();
    Response.ResponseBuilder builder =
        build(
            problem.type(),
            Messages.get(locale, problem.detailKey(), problem.detailArgs()),
            errors,
            locale);
    problem.headers().forEach(builder::header);
    return builder.build();
  }

  public static Response response(ProblemType type, HttpHeaders headers) {
    Locale locale = localeOf(headers);
    return build(type, Messages.get(locale, type.detailKey()), List.of(), locale).build();
  }

  static Response.ResponseBuilder build(
      ProblemType type, String detail, List<Problem.FieldError> errors, Locale locale) {
    Problem body =
        new Problem(
            type.uri(), Messages.get(locale, type.titleKey()), type.status(), detail, errors);
    Response.ResponseBuilder builder =
        Response.status(type.status())
            .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
            .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
            .entity(body);
    if (type.status() == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"kringkoop\"");
    }
    return builder;
  }
}
