package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pauses sign-in for a user name after repeated failures within a window, to slow down password
 * guessing. Kept in memory per node: a restart or another cluster node starts afresh, which is
 * acceptable for a brake (the slow hash remains the real defence).
 */
@ApplicationScoped
public class LoginThrottle {

  private static final int PRUNE_ABOVE = 10_000;

  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int maxFailures;
  private final Duration window;
  private final Duration lockout;

  @Inject
  public LoginThrottle(
      Clock clock,
      @ConfigProperty(name = "security.login.max-failures", defaultValue = "5") int maxFailures,
      @ConfigProperty(name = "security.login.window", defaultValue = "PT15M") Duration window,
      @ConfigProperty(name = "security.login.lockout", defaultValue = "PT15M") Duration lockout) {
    if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
      throw new IllegalArgumentException("Login throttle needs positive limits");
    }
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.window = window;
    this.lockout = lockout;
  }

  /** For the CDI proxy only. */
  protected LoginThrottle() {
    this(Clock.systemUTC(), 5, Duration.ofMinutes(15), Duration.ofMinutes(15));
  }

  /** How long sign-in for this user name is still paused, if it is. */
  public Optional<Duration> pausedFor(String username) {
    Failures recorded = failures.get(key(username));
    if (recorded == null || recorded.lockedUntil == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (!now.isBefore(recorded.lockedUntil)) {
      failures.remove(key(username), recorded);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, recorded.lockedUntil));
  }

  public void failed(String username) {
    Instant now = clock.instant();
    failures.compute(
        key(username),
        (name, previous) -> {
          if (previous == null || now.isAfter(previous.firstAt.plus(window))) {
            return Failures.first(now, maxFailures, lockout);
          }
          return previous.next(now, maxFailures, lockout);
        });
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(entry -> entry.isForgettableAt(now, window));
    }
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private record Failures(int count, Instant firstAt, Instant lockedUntil) {

    static Failures first(Instant now, int max, Duration lockout) {
      return new Failures(1, now, max <= 1 ? now.plus(lockout) : null);
    }

    Failures next(Instant now, int max, Duration lockout) {
      int total = count + 1;
      return new Failures(total, firstAt, total >= max ? now.plus(lockout) : lockedUntil);
    }

    boolean isForgettableAt(Instant now, Duration window) {
      return now.isAfter(firstAt.plus(window)) && (lockedUntil == null || now.isAfter(lockedUntil));
    }
  }
}
