package nl.kringkoop.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes passwords with PBKDF2-HMAC-SHA512 (Jakarta Security's built-in slow hash). The iteration
 * count of new hashes is configurable; stored hashes carry their own count.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "security.password.iterations", defaultValue = "210000")
  int iterations;

  /**
   * A hash of a random secret, verified against when a user does not exist (equal timing). Made on
   * first use rather than at deployment, where a slow hash would delay readiness.
   */
  private volatile String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean verify(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  /** Spends the time a real verification takes, so unknown user names cannot be told apart. */
  public void verifyAgainstDecoy(char[] password) {
    pbkdf2.verify(password, decoy());
  }

  private String decoy() {
    String made = decoy;
    if (made == null) {
      synchronized (this) {
        if (decoy == null) {
          byte[] secret = new byte[24];
          new SecureRandom().nextBytes(secret);
          decoy = hash(Base64.getEncoder().encodeToString(secret).toCharArray());
        }
        made = decoy;
      }
    }
    return made;
  }
}
