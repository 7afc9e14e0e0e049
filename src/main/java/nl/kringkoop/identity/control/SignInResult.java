package nl.kringkoop.identity.control;

import java.time.Duration;

/** The outcome of a sign-in attempt, the same for the web form and the token endpoint. */
public sealed interface SignInResult {

  record Succeeded(SignedInCaller caller) implements SignInResult {}

  record Refused() implements SignInResult {}

  record Throttled(Duration retryAfter) implements SignInResult {

    /** Whole minutes to wait, rounded up, for messages to people. */
    public long minutes() {
      return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
  }
}
