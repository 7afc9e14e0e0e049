package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import java.util.Optional;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;

/**
 * Checks a user name and password through the identity stores, applies the login throttle and
 * writes the attempt to the audit trail. Used by both the web login and the token endpoint.
 */
@ApplicationScoped
public class SignIn {

  @Inject IdentityStoreHandler identityStores;

  @Inject LoginThrottle throttle;

  @Inject Accounts accounts;

  @Inject AuditLog audit;

  public SignInResult attempt(String username, String password, String channel) {
    if (username == null || username.isBlank() || password == null || password.isEmpty()) {
      return new SignInResult.Refused();
    }
    String name = UserAccount.normalise(username);
    Optional<Duration> paused = throttle.pausedFor(name);
    if (paused.isPresent()) {
      audit.record(AuditEvent.of(name, null, "SIGN_IN_THROTTLED").withDetail(channel));
      return new SignInResult.Throttled(paused.get());
    }
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(name, password));
    Optional<UserAccount> user =
        result.getStatus() == CredentialValidationResult.Status.VALID
            ? accounts.findByUsername(name)
            : Optional.empty();
    if (user.isEmpty()) {
      throttle.failed(name);
      audit.record(AuditEvent.of(name, null, "SIGN_IN_FAILED").withDetail(channel));
      return new SignInResult.Refused();
    }
    throttle.succeeded(name);
    UserAccount account = user.get();
    audit.record(
        AuditEvent.of(name, account.organisation().id(), "SIGN_IN_SUCCEEDED")
            .about("user", account.id())
            .withDetail(channel));
    return new SignInResult.Succeeded(SignedInCaller.of(account));
  }
}
