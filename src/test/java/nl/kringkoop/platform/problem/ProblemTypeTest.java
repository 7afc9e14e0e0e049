package nl.kringkoop.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTypeTest {

  @ParameterizedTest
  @CsvSource({
    "400,MALFORMED_REQUEST", "401,UNAUTHENTICATED", "403,FORBIDDEN", "404,NOT_FOUND",
    "405,METHOD_NOT_ALLOWED", "406,NOT_ACCEPTABLE", "409,CONFLICT", "415,UNSUPPORTED_MEDIA_TYPE",
    "500,INTERNAL", "502,INTERNAL", "503,UNAVAILABLE", "418,MALFORMED_REQUEST"
  })
  void runtimeStatusesMapToTheirGeneralProblem(int status, ProblemType expected) {
    assertEquals(expected, ProblemType.forStatus(status));
  }

  @ParameterizedTest
  @EnumSource(ProblemType.class)
  void everyProblemHasATitleAndDetailInBothLanguages(ProblemType type) {
    for (Locale locale : Messages.SUPPORTED) {
      assertTrue(Messages.has(locale, type.titleKey()), type + " title in " + locale);
      assertTrue(Messages.has(locale, type.detailKey()), type + " detail in " + locale);
    }
    assertTrue(type.uri().startsWith("urn:kringkoop:problem:"));
  }

  @Test
  void aProblemCanCarryARetryAfterHeader() {
    ProblemException problem =
        ProblemException.of(ProblemType.TOO_MANY_ATTEMPTS).withHeader("Retry-After", "60");
    assertEquals("60", problem.headers().get("Retry-After"));
    assertEquals(429, problem.type().status());
  }
}
