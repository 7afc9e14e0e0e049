package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import nl.kringkoop.identity.entity.UserAccount;

/**
 * The database identity store: checks a user name and password against the stored hash and hands
 * the user's roles to Jakarta Security as groups.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject Accounts accounts;

  @Inject PasswordHasher hasher;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    char[] password = credential.getPassword().getValue();
    Optional<UserAccount> user =
        accounts.findByUsername(credential.getCaller()).filter(UserAccount::isEnabled);
    if (user.isEmpty()) {
      hasher.verifyAgainstDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hasher.verify(password, user.get().passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(user.get().username(), Accounts.roleNames(user.get()));
  }
}
