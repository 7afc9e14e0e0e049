package nl.kringkoop.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock of the application; tests construct their own fixed clocks instead. */
@ApplicationScoped
public class ClockProducer {

  /** Time zone in which deadlines and timestamps are shown to people. */
  public static final ZoneId DISPLAY_ZONE = ZoneId.of("Europe/Amsterdam");

  @Produces
  Clock clock() {
    return Clock.systemUTC();
  }
}
