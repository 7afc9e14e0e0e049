package nl.kringkoop.identity.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.persistence.SchemaMigrated;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator of a production instance from configuration, so that an
 * installation without demo data can be signed into at all. Does nothing while an enabled
 * administrator exists.
 */
@ApplicationScoped
public class FirstAdministrator {

  /** After demo data, which brings its own administrator. */
  static final int AFTER_DEMO_DATA = Interceptor.Priority.APPLICATION + 100;

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "admin.initial-password")
  Optional<String> initialPassword;

  @Inject
  @ConfigProperty(name = "admin.initial-username", defaultValue = "admin")
  String initialUsername;

  @Inject Accounts accounts;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Transactional
  void onSchemaMigrated(@Observes @Priority(AFTER_DEMO_DATA) SchemaMigrated migrated) {
    if (accounts.anyEnabledWithRole(Role.ADMIN)) {
      return;
    }
    Optional<String> password = initialPassword.filter(value -> !value.isBlank());
    if (password.isEmpty()) {
      LOG.warning(
          "No administrator exists. Set ADMIN_INITIAL_PASSWORD (at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters) and restart to create one; see docs/operations.md.");
      return;
    }
    if (!PasswordPolicy.acceptable(password.get())) {
      LOG.severe(
          "ADMIN_INITIAL_PASSWORD is too short: use at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters. No administrator was created.");
      return;
    }
    if (accounts.findByUsername(initialUsername).isPresent()) {
      LOG.severe(
          "ADMIN_INITIAL_USERNAME '"
              + initialUsername
              + "' belongs to an existing user; choose another name. No administrator was created.");
      return;
    }
    create(password.get());
  }

  private void create(String password) {
    Organisation platform =
        accounts
            .platformOrganisation()
            .orElseGet(
                () ->
                    accounts.add(
                        Organisation.platform("Kringkoop platformbeheer", clock.instant())));
    UserAccount admin =
        accounts.add(
            new UserAccount(
                initialUsername,
                "Beheerder",
                "",
                hasher.hash(password.toCharArray()),
                platform,
                EnumSet.of(Role.ADMIN),
                clock.instant()));
    audit.record(
        AuditEvent.of(AuditLog.SYSTEM, platform.id(), "FIRST_ADMIN_CREATED")
            .about("user", admin.id()));
    LOG.warning(
        "Created the first administrator '"
            + admin.username()
            + "'. Sign in, then remove ADMIN_INITIAL_PASSWORD from the environment.");
  }
}
