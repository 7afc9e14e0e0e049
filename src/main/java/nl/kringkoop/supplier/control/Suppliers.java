package nl.kringkoop.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.PasswordHasher;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.supplier.entity.SupplierProfile;

/** Entry point of the supplier registry: registration and profiles. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Suppliers {

  @PersistenceContext EntityManager em;

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  @Inject Accounts accounts;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /**
   * Registers a firm: its organisation, its first user (who signs in with the email address) and
   * its profile, all or nothing.
   *
   * @throws ProblemException 400 listing every invalid field, 409 when the KVK number or the email
   *     address is taken
   */
  @Transactional
  public SupplierProfile register(Registration form) {
    RegistrationRules.Outcome outcome = rules().check(form);
    if (!outcome.ok()) {
      throw ProblemException.invalid(outcome.errors());
    }
    RegistrationRules.Accepted accepted = outcome.accepted();
    if (kvkTaken(accepted)) {
      throw new ProblemException(ProblemType.CONFLICT, "supplier.kvkTaken");
    }
    if (accounts.findByUsername(accepted.contact().email()).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, "supplier.emailTaken");
    }
    var now = clock.instant();
    try {
      Organisation firm =
          accounts.add(
              Organisation.supplier(
                  accepted.kvkNumber(), accepted.name(), accepted.municipality(), now));
      UserAccount user =
          accounts.add(
              new UserAccount(
                  accepted.contact().email(),
                  accepted.contact().name(),
                  accepted.contact().email(),
                  hasher.hash(accepted.password().toCharArray()),
                  firm,
                  EnumSet.of(Role.SUPPLIER),
                  now));
      SupplierProfile profile = new SupplierProfile(firm, accepted.contact(), accepted.size(), now);
      accepted.describe(profile, now);
      em.persist(profile);
      em.flush();
      audit.record(
          AuditEvent.of(user.username(), firm.id(), "SUPPLIER_REGISTERED")
              .about("organisation", firm.id())
              .withDetail("KVK " + accepted.kvkNumber()));
      return profile;
    } catch (PersistenceException raced) {
      // Another registration with the same KVK number or email committed in between.
      throw new ProblemException(ProblemType.CONFLICT, "supplier.kvkTaken");
    }
  }

  public Optional<SupplierProfile> profile(long organisationId) {
    return Optional.ofNullable(em.find(SupplierProfile.class, organisationId));
  }

  private boolean kvkTaken(RegistrationRules.Accepted accepted) {
    return em.createQuery(
                "select count(o) from Organisation o where o.kvkNumber = :kvk", Long.class)
            .setParameter("kvk", accepted.kvkNumber().value())
            .getSingleResult()
        > 0;
  }

  private RegistrationRules rules() {
    return new RegistrationRules(cpv::resolve, code -> regions.municipality(code).isPresent());
  }
}
