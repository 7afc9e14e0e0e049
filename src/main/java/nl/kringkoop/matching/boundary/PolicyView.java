package nl.kringkoop.matching.boundary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.MatchingPolicy;
import nl.kringkoop.matching.entity.MunicipalMatchingPolicy;

/**
 * A municipality's matching weights with their bounds; {@code chosen} is false while the documented
 * defaults apply.
 */
public record PolicyView(
    String municipalityCode,
    boolean chosen,
    Long version,
    Map<String, Integer> weights,
    Map<String, Integer> minimum,
    int maximum,
    Instant updatedAt,
    String updatedBy) {

  static PolicyView of(
      String municipality, MatchingPolicy policy, Optional<MunicipalMatchingPolicy> stored) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    Map<String, Integer> minimum = new LinkedHashMap<>();
    for (Factor factor : Factor.values()) {
      weights.put(factor.name(), policy.weight(factor));
      minimum.put(factor.name(), MatchingPolicy.minimum(factor));
    }
    return new PolicyView(
        municipality,
        stored.isPresent(),
        stored.map(MunicipalMatchingPolicy::version).orElse(null),
        weights,
        minimum,
        MatchingPolicy.MAX_WEIGHT,
        stored.map(MunicipalMatchingPolicy::updatedAt).orElse(null),
        stored.map(MunicipalMatchingPolicy::updatedBy).orElse(null));
  }
}
