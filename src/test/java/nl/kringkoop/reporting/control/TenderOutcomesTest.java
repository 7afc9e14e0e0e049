package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenderOutcomesTest {

  @Test
  void daysAreCalendarDaysInTheMunicipalitysTimeZone() {
    assertEquals(
        0,
        TenderOutcomes.days(
            Instant.parse("2026-03-01T23:30:00Z"), Instant.parse("2026-03-02T22:30:00Z")),
        "00:30 and 23:30 on the 2nd in Amsterdam, though different days in UTC");
    assertEquals(
        0,
        TenderOutcomes.days(
            Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2026-03-01T16:00:00Z")));
  }

  @Test
  void theMedianIsTheMiddleOrHalfWayBetweenTheMiddleTwo() {
    assertEquals(Optional.empty(), TenderOutcomes.median(List.of()));
    assertEquals(Optional.of(new BigDecimal("30.0")), TenderOutcomes.median(days(30)));
    assertEquals(Optional.of(new BigDecimal("40.0")), TenderOutcomes.median(days(90, 40, 12)));
    assertEquals(Optional.of(new BigDecimal("26.5")), TenderOutcomes.median(days(12, 90, 41, 12)));
  }

  private static List<TenderOutcome> days(long... days) {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    return java.util.Arrays.stream(days)
        .mapToObj(d -> new TenderOutcome(1, "t", now, now, d, 1, 1))
        .toList();
  }
}
