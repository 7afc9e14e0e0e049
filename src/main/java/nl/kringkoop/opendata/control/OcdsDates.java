package nl.kringkoop.opendata.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.kringkoop.platform.time.ClockProducer;

/**
 * Dates as OCDS wants them: RFC 3339 date-times with seconds and an offset, in Dutch local time so
 * that a contract starting on 1 March reads as midnight of that day where it was signed.
 */
final class OcdsDates {

  static final ZoneId ZONE = ClockProducer.DISPLAY_ZONE;

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private OcdsDates() {}

  static String format(Instant instant) {
    return FORMAT.format(instant.atZone(ZONE));
  }

  static String startOf(LocalDate day) {
    return day == null ? null : format(day.atStartOfDay(ZONE).toInstant());
  }

  static String endOf(LocalDate day) {
    return day == null
        ? null
        : format(day.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant());
  }
}
