package nl.kringkoop.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));
  private final LoginThrottle throttle =
      new LoginThrottle(clock, 3, Duration.ofMinutes(10), Duration.ofMinutes(15));

  @Test
  void pausesANameAfterTheMaximumNumberOfFailures() {
    throttle.failed("officer");
    throttle.failed("officer");
    assertEquals(Optional.empty(), throttle.pausedFor("officer"));
    throttle.failed("OFFICER");
    assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.pausedFor("officer"));
  }

  @Test
  void thePauseEndsAfterTheLockout() {
    failTimes("analyst", 3);
    clock.advance(Duration.ofMinutes(14));
    assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.pausedFor("analyst"));
    clock.advance(Duration.ofMinutes(1));
    assertEquals(Optional.empty(), throttle.pausedFor("analyst"));
  }

  @Test
  void failuresSpreadBeyondTheWindowDoNotAddUp() {
    throttle.failed("supplier");
    throttle.failed("supplier");
    clock.advance(Duration.ofMinutes(11));
    throttle.failed("supplier");
    assertEquals(Optional.empty(), throttle.pausedFor("supplier"));
  }

  @Test
  void aSuccessfulSignInClearsEarlierFailures() {
    failTimes("admin", 2);
    throttle.succeeded("admin");
    throttle.failed("admin");
    assertEquals(Optional.empty(), throttle.pausedFor("admin"));
  }

  @Test
  void namesAreThrottledIndependently() {
    failTimes("one", 3);
    assertTrue(throttle.pausedFor("one").isPresent());
    assertEquals(Optional.empty(), throttle.pausedFor("two"));
  }

  private void failTimes(String name, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(name);
    }
  }

  /** A clock the test moves forward by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
