package nl.kringkoop.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.PasswordHasher;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
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

  @Inject Event<SupplierChanged> supplierChanged;

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
      accepted.applyTo(profile, now);
      em.persist(profile);
      em.flush();
      audit.record(
          AuditEvent.of(user.username(), firm.id(), "SUPPLIER_REGISTERED")
              .about("organisation", firm.id())
              .withDetail("KVK " + accepted.kvkNumber()));
      supplierChanged.fire(new SupplierChanged(firm.id()));
      return profile;
    } catch (PersistenceException raced) {
      // Another registration with the same KVK number or email committed in between.
      throw new ProblemException(ProblemType.CONFLICT, "supplier.kvkTaken");
    }
  }

  /**
   * Records what an administrator has checked, with an audit entry naming who changed what.
   *
   * @throws ProblemException 404 for an unknown firm; 400 when a field is missing or the social
   *     enterprise check is set for a firm that does not claim the status; 409 for a stale version
   */
  @Transactional
  public SupplierProfile verify(
      long organisationId, VerificationChange change, SignedInCaller admin) {
    SupplierProfile profile =
        profile(organisationId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    List<InvalidField> invalid = new ArrayList<>();
    if (change.kvkChecked == null) {
      invalid.add(new InvalidField("kvkChecked", "field.required"));
    }
    if (change.socialEnterpriseChecked == null) {
      invalid.add(new InvalidField("socialEnterpriseChecked", "field.required"));
    } else if (change.socialEnterpriseChecked && !profile.socialEnterprise().claimed()) {
      invalid.add(new InvalidField("socialEnterpriseChecked", "supplier.verification.notClaimed"));
    }
    if (!invalid.isEmpty()) {
      throw ProblemException.invalid(invalid);
    }
    if (change.version != null && change.version != profile.version()) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
    String before = verificationText(profile.kvkVerified(), profile.socialVerified());
    profile.verify(change.kvkChecked, change.socialEnterpriseChecked, clock.instant());
    String after = verificationText(profile.kvkVerified(), profile.socialVerified());
    em.flush(); // the new version for the answer
    audit.record(
        AuditEvent.of(admin.username(), admin.organisationId(), "SUPPLIER_VERIFIED")
            .about("organisation", organisationId)
            .withDetail(before + " -> " + after));
    supplierChanged.fire(new SupplierChanged(organisationId));
    return profile;
  }

  /**
   * Firms with something left to check: the KVK registration, or a social enterprise claim. By
   * name; {@code nameContains} filters when not blank.
   */
  public Page<SupplierProfile> unverified(String nameContains, PageRequest request) {
    String where =
        " where (p.kvkVerified = false or (p.socialEnterprise = true and p.socialVerified = false))"
            + " and lower(p.organisation.name) like :name escape '!'";
    String pattern = "%" + likeEscaped(nameContains) + "%";
    long total =
        em.createQuery("select count(p) from SupplierProfile p" + where, Long.class)
            .setParameter("name", pattern)
            .getSingleResult();
    List<SupplierProfile> items =
        em.createQuery(
                "select p from SupplierProfile p" + where + " order by p.organisation.name, p.id",
                SupplierProfile.class)
            .setParameter("name", pattern)
            .setFirstResult(request.firstResult())
            .setMaxResults(request.size())
            .getResultList();
    return new Page<>(items, total);
  }

  private static String likeEscaped(String text) {
    if (text == null) {
      return "";
    }
    return text.strip()
        .toLowerCase(java.util.Locale.ROOT)
        .replace("!", "!!")
        .replace("%", "!%")
        .replace("_", "!_");
  }

  private static String verificationText(boolean kvk, boolean social) {
    return "kvkChecked=" + kvk + ", socialEnterpriseChecked=" + social;
  }

  public Optional<SupplierProfile> profile(long organisationId) {
    return Optional.ofNullable(em.find(SupplierProfile.class, organisationId));
  }

  /**
   * Replaces what the firm tells about itself. Only the firm's own users may do this; the KVK
   * number and the sign-in accounts stay as they are.
   *
   * @param expectedVersion the version the editor started from; a newer one gives 409
   * @throws ProblemException 404 unknown, 403 another organisation's profile, 400 invalid fields
   */
  @Transactional
  public SupplierProfile change(
      long organisationId, long expectedVersion, Registration form, SignedInCaller editor) {
    SupplierProfile profile = ownProfile(organisationId, editor);
    if (profile.version() != expectedVersion) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
    RegistrationRules.Outcome outcome =
        rules().check(form, RegistrationRules.Purpose.PROFILE_CHANGE);
    if (!outcome.ok()) {
      throw ProblemException.invalid(outcome.errors());
    }
    RegistrationRules.Accepted accepted = outcome.accepted();
    var now = clock.instant();
    Organisation firm = profile.organisation();
    firm.rename(accepted.name());
    firm.moveTo(accepted.municipality());
    accepted.applyTo(profile, now);
    em.flush();
    audit.record(
        AuditEvent.of(editor.username(), firm.id(), "SUPPLIER_PROFILE_CHANGED")
            .about("organisation", firm.id()));
    supplierChanged.fire(new SupplierChanged(firm.id()));
    return profile;
  }

  public ProfileCompleteness.Result completeness(SupplierProfile profile) {
    return ProfileCompleteness.of(profile, LocalDate.now(clock));
  }

  /** The sign-in accounts of a firm, for its own users. */
  public List<UserAccount> colleagues(long organisationId, SignedInCaller asker) {
    ownProfile(organisationId, asker);
    return accounts.members(organisationId);
  }

  /**
   * Gives a colleague an account of the same firm. The colleague signs in with the email address
   * and the first password the inviting user chose and passed on.
   */
  @Transactional
  public UserAccount addColleague(
      long organisationId, Colleague colleague, SignedInCaller inviter) {
    SupplierProfile profile = ownProfile(organisationId, inviter);
    List<InvalidField> errors = ColleagueRules.check(colleague);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    String email = colleague.email().strip().toLowerCase(java.util.Locale.ROOT);
    if (accounts.findByUsername(email).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, "supplier.emailTaken");
    }
    UserAccount user =
        accounts.add(
            new UserAccount(
                email,
                colleague.name().strip(),
                email,
                hasher.hash(colleague.password().toCharArray()),
                profile.organisation(),
                EnumSet.of(Role.SUPPLIER),
                clock.instant()));
    audit.record(
        AuditEvent.of(inviter.username(), organisationId, "SUPPLIER_COLLEAGUE_ADDED")
            .about("user", user.id())
            .withDetail(email));
    return user;
  }

  /**
   * Removes a firm's account at its own request: its users and profile (all personal data) are
   * deleted, the organisation row stays without name or KVK number so that tender history and spend
   * still add up. The audit trail keeps who did what, as the law on public procurement requires.
   */
  @Transactional
  public void remove(long organisationId, SignedInCaller requester) {
    SupplierProfile profile = ownProfile(organisationId, requester);
    Organisation firm = profile.organisation();
    for (UserAccount user : accounts.members(organisationId)) {
      em.remove(user);
    }
    em.remove(profile);
    firm.removeIdentity(clock.instant());
    em.flush();
    audit.record(
        AuditEvent.of(requester.username(), organisationId, "SUPPLIER_REMOVED")
            .about("organisation", organisationId));
    supplierChanged.fire(new SupplierChanged(organisationId));
  }

  private SupplierProfile ownProfile(long organisationId, SignedInCaller caller) {
    SupplierProfile profile =
        profile(organisationId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    if (caller.organisationId() != organisationId) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return profile;
  }

  private boolean kvkTaken(RegistrationRules.Accepted accepted) {
    return em.createQuery(
                "select count(o) from Organisation o where o.kvkNumber = :kvk", Long.class)
            .setParameter("kvk", accepted.kvkNumber().value())
            .getSingleResult()
        > 0;
  }

  private RegistrationRules rules() {
    return new RegistrationRules(
        cpv::resolve, code -> regions.municipality(code).isPresent(), Year.now(clock));
  }
}
