package nl.kringkoop.opendata.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.Test;

class ReleaseQueryTest {

  @Test
  void aPeriodRunsFromTheFirstMidnightToTheMidnightAfterTheLastDayInDutchTime() {
    ReleaseQuery query = ReleaseQuery.read("2026-01-01", "2026-12-31", null, null);

    assertEquals(Instant.parse("2025-12-31T23:00:00Z"), query.start());
    assertEquals(Instant.parse("2026-12-31T23:00:00Z"), query.end());
    assertEquals(0, query.page());
    assertEquals(100, query.size());
    assertEquals(
        "api/v1/ocds/releases?from=2026-01-01&to=2026-12-31&page=3&size=100", query.path(3));
  }

  @Test
  void summerDaysAndOneDayPeriodsWork() {
    ReleaseQuery query = ReleaseQuery.read(" 2027-07-01 ", "2027-07-01", 2, 500);

    assertEquals(Instant.parse("2027-06-30T22:00:00Z"), query.start());
    assertEquals(Instant.parse("2027-07-01T22:00:00Z"), query.end());
    assertEquals(1000, query.firstResult());
  }

  @Test
  void aPageFarBeyondTheLastDoesNotOverflow() {
    ReleaseQuery query = ReleaseQuery.read("2027-01-01", "2027-12-31", Integer.MAX_VALUE, 500);

    assertEquals(Integer.MAX_VALUE, query.firstResult());
  }

  @Test
  void everyBadParameterIsNamedAtOnce() {
    assertEquals(
        List.of(
            "from:field.required",
            "to:field.date",
            "page:validation.page.negative",
            "size:validation.size.range"),
        refused(null, "31-12-2026", -1, 501));
    assertEquals(List.of("to:field.dateOrder"), refused("2026-12-31", "2026-01-01", 0, 10));
    assertEquals(List.of("size:validation.size.range"), refused("2026-01-01", "2026-01-02", 0, 0));
  }

  private static List<String> refused(String from, String to, Integer page, Integer size) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> ReleaseQuery.read(from, to, page, size));
    return problem.invalidFields().stream()
        .map(InvalidField::field)
        .map(field -> field + ":" + key(problem, field))
        .toList();
  }

  private static String key(ProblemException problem, String field) {
    return problem.invalidFields().stream()
        .filter(f -> f.field().equals(field))
        .findFirst()
        .map(InvalidField::messageKey)
        .orElseThrow();
  }
}
