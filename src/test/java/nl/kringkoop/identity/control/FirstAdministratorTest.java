package nl.kringkoop.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.persistence.SchemaMigrated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  private final StoredAccounts accounts = new StoredAccounts();
  private final List<AuditEvent> audited = new ArrayList<>();
  private FirstAdministrator first;

  @BeforeEach
  void wire() {
    first = new FirstAdministrator();
    first.accounts = accounts;
    first.hasher =
        new PasswordHasher() {
          @Override
          public String hash(char[] password) {
            return "hashed:" + new String(password);
          }
        };
    first.audit =
        new AuditLog() {
          @Override
          public void record(AuditEvent event) {
            audited.add(event);
          }
        };
    first.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    first.initialUsername = "Beheer";
    first.initialPassword = Optional.empty();
  }

  @Test
  void createsThePlatformOrganisationAndItsAdministratorFromTheConfiguredPassword() {
    first.initialPassword = Optional.of("a long enough secret");

    first.onSchemaMigrated(new SchemaMigrated());

    assertEquals(1, accounts.users.size());
    UserAccount admin = accounts.users.get(0);
    assertEquals("beheer", admin.username());
    assertEquals(EnumSet.of(Role.ADMIN), admin.roles());
    assertEquals("hashed:a long enough secret", admin.passwordHash());
    assertEquals(OrganisationKind.PLATFORM, admin.organisation().kind());
    assertEquals(1, accounts.organisations.size());
    assertEquals("FIRST_ADMIN_CREATED", audited.get(0).action());
  }

  @Test
  void reusesAnExistingPlatformOrganisation() {
    Organisation platform = Organisation.platform("Platform", NOW);
    accounts.organisations.add(platform);
    first.initialPassword = Optional.of("a long enough secret");

    first.onSchemaMigrated(new SchemaMigrated());

    assertEquals(1, accounts.organisations.size());
    assertEquals(platform, accounts.users.get(0).organisation());
  }

  @Test
  void doesNothingWhileAnAdministratorExists() {
    accounts.enabledAdministrator = true;
    first.initialPassword = Optional.of("a long enough secret");

    first.onSchemaMigrated(new SchemaMigrated());

    assertTrue(accounts.users.isEmpty());
    assertTrue(audited.isEmpty());
  }

  @Test
  void refusesAShortPasswordAndCreatesNobody() {
    first.initialPassword = Optional.of("too-short");

    first.onSchemaMigrated(new SchemaMigrated());

    assertTrue(accounts.users.isEmpty());
    assertTrue(accounts.organisations.isEmpty());
  }

  @Test
  void createsNobodyWithoutAPassword() {
    first.initialPassword = Optional.of("   ");

    first.onSchemaMigrated(new SchemaMigrated());

    assertTrue(accounts.users.isEmpty());
  }

  @Test
  void leavesAnExistingUserOfThatNameAlone() {
    Organisation platform = Organisation.platform("Platform", NOW);
    accounts.organisations.add(platform);
    accounts.users.add(
        new UserAccount(
            "beheer", "Someone", "x@example.org", "h", platform, EnumSet.of(Role.ADMIN), NOW));
    first.initialPassword = Optional.of("a long enough secret");

    first.onSchemaMigrated(new SchemaMigrated());

    assertEquals(1, accounts.users.size());
    assertEquals("Someone", accounts.users.get(0).displayName());
  }

  /** Accounts kept in lists instead of a database; only what the bootstrap uses. */
  private static final class StoredAccounts extends Accounts {
    final List<Organisation> organisations = new ArrayList<>();
    final List<UserAccount> users = new ArrayList<>();
    boolean enabledAdministrator;

    @Override
    public boolean anyEnabledWithRole(Role role) {
      return role == Role.ADMIN && enabledAdministrator;
    }

    @Override
    public Optional<Organisation> platformOrganisation() {
      return organisations.stream()
          .filter(organisation -> organisation.kind() == OrganisationKind.PLATFORM)
          .findFirst();
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
      return users.stream()
          .filter(user -> user.username().equals(UserAccount.normalise(username)))
          .findFirst();
    }

    @Override
    public Organisation add(Organisation organisation) {
      organisations.add(organisation);
      return organisation;
    }

    @Override
    public UserAccount add(UserAccount user) {
      users.add(user);
      return user;
    }
  }
}
