package nl.kringkoop.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. Belongs to one organisation and holds roles that fit that organisation's
 * kind; the password is kept only as a slow salted hash.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "username", nullable = false, updatable = false)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "organisation_id", updatable = false)
  private Organisation organisation;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role_name", nullable = false)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "enabled", nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected UserAccount() {}

  public UserAccount(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Organisation organisation,
      Set<Role> roles,
      Instant createdAt) {
    this.username = normalise(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.email = Objects.requireNonNull(email);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    this.organisation = Objects.requireNonNull(organisation);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.enabled = true;
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    for (Role role : roles) {
      if (!role.fits(organisation.kind())) {
        throw new IllegalArgumentException(role + " does not fit a " + organisation.kind());
      }
    }
    this.roles = EnumSet.copyOf(roles);
  }

  /** User names are compared case-insensitively; they are stored in lower case. */
  public static String normalise(String username) {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("A user needs a user name");
    }
    return username.strip().toLowerCase(Locale.ROOT);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
