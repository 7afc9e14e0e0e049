package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;

/**
 * How much time is left until a deadline, in words ("nog 2 dagen en 3 uur"), so that a supplier
 * sees at a glance whether there is still time to respond.
 */
@Named
@ApplicationScoped
public class Countdown {

  @Inject Clock clock;

  @Inject LanguageSelection language;

  public String left(Instant deadline) {
    return deadline == null ? "" : describe(Duration.between(clock.instant(), deadline), locale());
  }

  public boolean passed(Instant deadline) {
    return deadline != null && !clock.instant().isBefore(deadline);
  }

  private Locale locale() {
    return language.getLocale();
  }

  /** Days and hours while more than a day is left, hours and minutes after that. */
  static String describe(Duration left, Locale locale) {
    if (left.isNegative() || left.isZero()) {
      return Messages.get(locale, "countdown.passed");
    }
    long days = left.toDays();
    if (days > 0) {
      return Messages.get(locale, "countdown.daysHours", days, left.toHoursPart());
    }
    long hours = left.toHours();
    if (hours > 0) {
      return Messages.get(locale, "countdown.hoursMinutes", hours, left.toMinutesPart());
    }
    return Messages.get(locale, "countdown.minutes", Math.max(1, left.toMinutes()));
  }
}
