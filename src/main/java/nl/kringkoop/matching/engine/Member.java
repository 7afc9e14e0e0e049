package nl.kringkoop.matching.engine;

import java.util.List;

/**
 * A firm in a proposed consortium: its role, the need's CPV codes and R-strategies (bit k for Rk)
 * it covers, and up to two firms outside the consortium that could step in if it declines, best
 * first.
 */
public record Member(
    long supplierId, Role role, int[] coveredCodes, int coveredStrategies, List<Long> fallbacks) {

  /** The lead partner carries the contract; the others are members. */
  public enum Role {
    LEAD,
    MEMBER
  }

  public Member {
    coveredCodes = coveredCodes.clone();
    fallbacks = List.copyOf(fallbacks);
  }

  @Override
  public int[] coveredCodes() {
    return coveredCodes.clone();
  }
}
