package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.kringkoop.identity.entity.ApiToken;
import nl.kringkoop.identity.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, resolves and revokes the opaque bearer tokens of the API. */
@ApplicationScoped
public class ApiTokens {

  private static final int TOKEN_BYTES = 32;
  private final SecureRandom random = new SecureRandom();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "security.token.ttl", defaultValue = "PT8H")
  Duration lifetime;

  /** A new token for a signed-in user; also clears that user's expired tokens. */
  @Transactional
  public IssuedToken issue(SignedInCaller caller) {
    UserAccount user = em.find(UserAccount.class, caller.userId());
    Instant now = clock.instant();
    em.createQuery("delete from ApiToken t where t.user = :user and t.expiresAt <= :now")
        .setParameter("user", user)
        .setParameter("now", now)
        .executeUpdate();
    byte[] secret = new byte[TOKEN_BYTES];
    random.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken stored = new ApiToken(digest(token), user, now, now.plus(lifetime));
    em.persist(stored);
    return new IssuedToken(token, stored.expiresAt());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SignedInCaller> resolve(String token) {
    if (token == null || token.isBlank() || token.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
        .setParameter("hash", digest(token))
        .getResultStream()
        .findFirst()
        .filter(stored -> stored.isValidAt(now))
        .map(stored -> SignedInCaller.of(stored.user()));
  }

  @Transactional
  public boolean revoke(String token) {
    return em.createQuery("delete from ApiToken t where t.tokenHash = :hash")
            .setParameter("hash", digest(token))
            .executeUpdate()
        > 0;
  }

  static String digest(String token) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", impossible);
    }
  }

  /** What the client receives: the token itself (shown once) and when it stops working. */
  public record IssuedToken(String token, Instant expiresAt) {}
}
