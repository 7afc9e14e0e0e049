package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.MatchingPolicy;
import nl.kringkoop.matching.entity.MunicipalMatchingPolicy;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Each municipality's matching weights: the documented defaults until its officers choose their
 * own, each weight within the bounds of {@link MatchingPolicy}. Changes are audited.
 */
@ApplicationScoped
@Transactional
public class MatchingPolicies {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AuditLog audit;

  /** The policy a municipality ranks with (the defaults when it chose none). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public MatchingPolicy of(String municipalityCode) {
    return stored(municipalityCode)
        .map(MunicipalMatchingPolicy::policy)
        .orElseGet(MatchingPolicy::defaults);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<MunicipalMatchingPolicy> stored(String municipalityCode) {
    return municipalityCode == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(MunicipalMatchingPolicy.class, municipalityCode));
  }

  /** The municipality whose policy the caller, one of its officers or analysts, works under. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String municipalityOf(SignedInCaller caller) {
    if (!caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.ANALYST)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    Organisation buyer = em.find(Organisation.class, caller.organisationId());
    return buyer.code().orElseThrow(() -> ProblemException.of(ProblemType.FORBIDDEN));
  }

  /**
   * Sets the caller's municipality's weights; factors left out keep their current weight.
   *
   * @throws ProblemException invalid with one field per weight out of bounds, or stale version
   */
  public MunicipalMatchingPolicy change(
      Map<String, Integer> written, Long version, SignedInCaller caller) {
    if (!caller.hasRole(Role.OFFICER)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    String municipality = municipalityOf(caller);
    MatchingPolicy policy = checked(written, of(municipality));
    MunicipalMatchingPolicy stored =
        stored(municipality).orElseGet(() -> new MunicipalMatchingPolicy(municipality));
    if (version != null && stored.version() != version) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
    stored.adopt(policy, caller.username(), clock.instant());
    if (!em.contains(stored)) {
      em.persist(stored);
    }
    em.flush();
    audit.record(
        AuditEvent.of(caller.username(), caller.organisationId(), "MATCHING_POLICY_CHANGED")
            .about("matching-policy", municipality)
            .withDetail(describe(policy)));
    return stored;
  }

  static MatchingPolicy checked(Map<String, Integer> written, MatchingPolicy current) {
    FieldChecks checks = new FieldChecks();
    Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
    for (Factor factor : Factor.values()) {
      weights.put(factor, current.weight(factor));
    }
    if (written != null) {
      for (Map.Entry<String, Integer> entry : written.entrySet()) {
        Optional<Factor> factor = factor(entry.getKey());
        if (factor.isEmpty()) {
          checks.add("weights." + entry.getKey(), "matching.field.factor", entry.getKey());
          continue;
        }
        int min = MatchingPolicy.minimum(factor.get());
        Integer weight = entry.getValue();
        boolean inBounds = weight != null && weight >= min && weight <= MatchingPolicy.MAX_WEIGHT;
        checks.require(
            inBounds,
            "weights." + factor.get().name(),
            "matching.field.weight",
            min,
            MatchingPolicy.MAX_WEIGHT);
        if (inBounds) {
          weights.put(factor.get(), weight);
        }
      }
    }
    checks.throwIfAny();
    return MatchingPolicy.of(weights);
  }

  private static Optional<Factor> factor(String name) {
    for (Factor factor : Factor.values()) {
      if (factor.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
        return Optional.of(factor);
      }
    }
    return Optional.empty();
  }

  private static String describe(MatchingPolicy policy) {
    StringBuilder text = new StringBuilder();
    for (Factor factor : Factor.values()) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(factor.name())
          .append('=')
          .append(policy.weight(factor));
    }
    return text.toString();
  }
}
