package nl.kringkoop.opendata.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * A request for the releases of a period, {@code ?from=2026-01-01&to=2026-12-31&page=0&size=100}:
 * both days included, in Dutch local time. Every bad parameter is reported at once.
 */
public record ReleaseQuery(LocalDate from, LocalDate to, int page, int size) {

  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 500;

  public static ReleaseQuery read(String from, String to, Integer page, Integer size) {
    FieldChecks checks = new FieldChecks();
    LocalDate first = date(checks, "from", from);
    LocalDate last = date(checks, "to", to);
    if (first != null && last != null) {
      checks.require(!last.isBefore(first), "to", "field.dateOrder");
    }
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    checks.require(p >= 0, "page", "validation.page.negative");
    checks.require(s >= 1 && s <= MAX_SIZE, "size", "validation.size.range", MAX_SIZE);
    checks.throwIfAny();
    return new ReleaseQuery(first, last, p, s);
  }

  private static LocalDate date(FieldChecks checks, String field, String text) {
    if (checks.missing(field, text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      checks.add(field, "field.date", text.strip());
      return null;
    }
  }

  /** The first moment of the period. */
  public Instant start() {
    return from.atStartOfDay(OcdsDates.ZONE).toInstant();
  }

  /** The first moment after the period. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(OcdsDates.ZONE).toInstant();
  }

  public int firstResult() {
    // A page far beyond the last one is simply empty (404), not an overflow.
    return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
  }

  /** The address of another page of the same period, relative to the application. */
  public String path(int otherPage) {
    return "api/v1/ocds/releases?from="
        + from
        + "&to="
        + to
        + "&page="
        + otherPage
        + "&size="
        + size;
  }
}
