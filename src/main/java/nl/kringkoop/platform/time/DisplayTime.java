package nl.kringkoop.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Shows instants to people in Dutch local time (Europe/Amsterdam), e.g. 24-11-2026 10:15:00. */
@Named("displayTime")
@ApplicationScoped
public class DisplayTime {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ClockProducer.DISPLAY_ZONE);

  public String format(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
