package nl.kringkoop.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import nl.kringkoop.contract.entity.SpendTarget;

/**
 * A year's targets in percent; {@code set} is false (and the rest absent) while none were set. Send
 * {@code version} back when changing them.
 */
public record TargetsView(
    int year,
    boolean set,
    Long version,
    BigDecimal circular,
    BigDecimal local,
    BigDecimal sme,
    BigDecimal social,
    Instant updatedAt,
    String updatedBy) {

  static TargetsView of(int year, Optional<SpendTarget> stored) {
    if (stored.isEmpty()) {
      return new TargetsView(year, false, null, null, null, null, null, null, null);
    }
    SpendTarget target = stored.get();
    SpendTarget.Shares shares = target.shares();
    return new TargetsView(
        year,
        true,
        target.version(),
        shares.circular(),
        shares.local(),
        shares.sme(),
        shares.social(),
        target.updatedAt(),
        target.updatedBy());
  }
}
