package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingPolicyTest {

  @Test
  void defaultsAreDocumented() {
    MatchingPolicy policy = MatchingPolicy.defaults();
    assertEquals(30, policy.weight(Factor.CAPABILITY));
    assertEquals(15, policy.weight(Factor.LOCALITY));
    assertEquals(5, policy.weight(Factor.VERIFICATION));
  }

  @Test
  void weightsOutOfBoundsAreRefusedByName() {
    var tooHigh =
        assertThrows(
            IllegalArgumentException.class, () -> MatchingPolicy.of(Map.of(Factor.LOCALITY, 51)));
    assertEquals("weight of LOCALITY must be 0..50", tooHigh.getMessage());
    var noCapability =
        assertThrows(
            IllegalArgumentException.class, () -> MatchingPolicy.of(Map.of(Factor.CAPABILITY, 5)));
    assertEquals("weight of CAPABILITY must be 10..50", noCapability.getMessage());
  }
}
