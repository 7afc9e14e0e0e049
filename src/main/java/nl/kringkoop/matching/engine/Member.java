package nl.kringkoop.matching.engine;

import java.util.ArrayList;
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

  /** What the member covers as the API writes it: eight-digit CPV codes, then R0 to R9. */
  public List<String> covers() {
    List<String> covers = new ArrayList<>();
    for (int code : coveredCodes) {
      covers.add(String.format("%08d", code));
    }
    for (int k = 0; k < 10; k++) {
      if ((coveredStrategies & (1 << k)) != 0) {
        covers.add("R" + k);
      }
    }
    return covers;
  }
}
