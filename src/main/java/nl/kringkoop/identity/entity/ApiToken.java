package nl.kringkoop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token handed out to an API client. Only the SHA-256 of the token is stored, so a copy of
 * the database does not let anyone call the API.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @ManyToOne(optional = false)
  @JoinColumn(name = "user_id", updatable = false)
  private UserAccount user;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected ApiToken() {}

  public ApiToken(String tokenHash, UserAccount user, Instant issuedAt, Instant expiresAt) {
    if (!expiresAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("A token must expire after it is issued");
    }
    this.tokenHash = tokenHash;
    this.user = user;
    this.issuedAt = issuedAt;
    this.expiresAt = expiresAt;
  }

  public boolean isValidAt(Instant moment) {
    return moment.isBefore(expiresAt) && user.isEnabled();
  }

  public UserAccount user() {
    return user;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
