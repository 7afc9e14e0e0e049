package nl.kringkoop.platform.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests that need deadlines to pass: added to the test
 * deployment only, it replaces the system clock and stands still at the instant a test sets through
 * {@link TestClockResource} (or runs with the system clock until then).
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class SettableClock extends Clock {

  private volatile Instant fixed;

  public void set(Instant instant) {
    fixed = instant;
  }

  public void release() {
    fixed = null;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant now = fixed;
    return now == null ? Instant.now() : now;
  }
}
