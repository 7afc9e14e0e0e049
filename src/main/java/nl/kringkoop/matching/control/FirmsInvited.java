package nl.kringkoop.matching.control;

import java.util.List;

/** Fired when firms were invited to a tender, so the in-memory counts follow once it commits. */
public record FirmsInvited(long tenderId, List<Long> supplierIds) {
  public FirmsInvited {
    supplierIds = List.copyOf(supplierIds);
  }
}
