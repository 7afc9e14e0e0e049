package nl.kringkoop.matching.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.MatchingPolicy;
import nl.kringkoop.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class MatchingPoliciesTest {

  @Test
  void weightsLeftOutKeepTheirCurrentValue() {
    MatchingPolicy changed =
        MatchingPolicies.checked(Map.of("locality", 40), MatchingPolicy.defaults());
    assertEquals(40, changed.weight(Factor.LOCALITY));
    assertEquals(30, changed.weight(Factor.CAPABILITY));
  }

  @Test
  void everyWeightOutOfBoundsAndEveryUnknownFactorIsReportedAtOnce() {
    Map<String, Integer> written = new HashMap<>();
    written.put("CAPABILITY", 9);
    written.put("LOCALITY", 51);
    written.put("PRICE", 10);
    written.put("SOCIAL_VALUE", null);
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> MatchingPolicies.checked(written, MatchingPolicy.defaults()));
    List<String> fields =
        refused.invalidFields().stream()
            .map(ProblemException.InvalidField::field)
            .sorted()
            .toList();
    assertEquals(
        List.of("weights.CAPABILITY", "weights.LOCALITY", "weights.PRICE", "weights.SOCIAL_VALUE"),
        fields);
  }

  @Test
  void theBoundsThemselvesAreAllowed() {
    MatchingPolicy edge =
        MatchingPolicies.checked(
            Map.of("CAPABILITY", 10, "LOCALITY", 50, "VERIFICATION", 0), MatchingPolicy.defaults());
    assertEquals(10, edge.weight(Factor.CAPABILITY));
    assertEquals(50, edge.weight(Factor.LOCALITY));
    assertEquals(0, edge.weight(Factor.VERIFICATION));
  }

  @Test
  void regionCodesBecomeNumbersComparedOnlyWithinTheirKind() {
    assertEquals(268, MarketPlaces.number("GM0268"));
    assertEquals(15, MarketPlaces.number("CR15"));
    assertEquals(25, MarketPlaces.number("PV25"));
  }
}
