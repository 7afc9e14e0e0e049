package nl.kringkoop.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import nl.kringkoop.contract.entity.SpendTarget;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * A municipality's targets per year: the shares of its spend it aims to buy circular, local, from
 * SMEs and from social enterprises. Its officers and analysts read and set them; every change is
 * audited.
 */
@ApplicationScoped
@Transactional
public class SpendTargets {

  /** Audit object type of a year's targets; the object id is {@code buyerId/year}. */
  public static final String AUDIT_TYPE = "SPEND_TARGET";

  /** The four percentages as written, each 0..100 with at most two decimals. */
  public record Written(BigDecimal circular, BigDecimal local, BigDecimal sme, BigDecimal social) {}

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject Reports reports;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SpendTarget> of(SignedInCaller caller, int year) {
    return Optional.ofNullable(
        em.find(SpendTarget.class, new SpendTarget.Key(reports.buyerOf(caller).id(), year)));
  }

  /**
   * Sets the caller's municipality's targets for a year.
   *
   * @param version the version read, null when the year had no targets yet
   * @throws ProblemException invalid with a field per bad percentage; stale version
   */
  public SpendTarget set(SignedInCaller caller, int year, Written written, Long version) {
    long buyerId = reports.buyerOf(caller).id();
    SpendTarget.Shares shares = checked(written);
    SpendTarget target = em.find(SpendTarget.class, new SpendTarget.Key(buyerId, year));
    if (target == null) {
      if (version != null && version != 0) {
        throw ProblemException.of(ProblemType.STALE_VERSION);
      }
      target = new SpendTarget(buyerId, year, shares, caller.username(), clock.instant());
      em.persist(target);
    } else {
      if (version == null || target.version() != version) {
        throw ProblemException.of(ProblemType.STALE_VERSION);
      }
      target.set(shares, caller.username(), clock.instant());
    }
    em.flush();
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), "SPEND_TARGET_SET")
            .about(AUDIT_TYPE, buyerId + "/" + year)
            .withDetail(
                "circular="
                    + shares.circular()
                    + ", local="
                    + shares.local()
                    + ", sme="
                    + shares.sme()
                    + ", social="
                    + shares.social()));
    return target;
  }

  /** The percentages, or a validation problem naming every one that is missing or out of range. */
  public static SpendTarget.Shares checked(Written written) {
    Written given = written == null ? new Written(null, null, null, null) : written;
    FieldChecks checks = new FieldChecks();
    BigDecimal circular = percent(checks, "circular", given.circular());
    BigDecimal local = percent(checks, "local", given.local());
    BigDecimal sme = percent(checks, "sme", given.sme());
    BigDecimal social = percent(checks, "social", given.social());
    checks.throwIfAny();
    return new SpendTarget.Shares(circular, local, sme, social);
  }

  private static BigDecimal percent(FieldChecks checks, String field, BigDecimal value) {
    if (value == null) {
      checks.add(field, "field.required");
      return null;
    }
    boolean inRange = value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    boolean twoDecimals = value.stripTrailingZeros().scale() <= 2;
    if (!inRange || !twoDecimals) {
      checks.add(field, "reporting.field.percent");
      return null;
    }
    return value.setScale(2);
  }
}
