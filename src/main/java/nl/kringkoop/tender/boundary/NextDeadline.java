package nl.kringkoop.tender.boundary;

import java.time.Instant;
import java.util.Optional;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * The next moment a supplier has to act on a tender: the entry deadline while entries are open, the
 * offer deadline for a candidate, the end of the standstill period for a firm that offered. Only
 * deadlines still ahead count.
 */
final class NextDeadline {

  private NextDeadline() {}

  static Optional<Instant> of(Tender tender, Optional<TenderResponse> own, Instant now) {
    Optional<Instant> next =
        switch (tender.status()) {
          case PUBLISHED -> tender.entryDeadline();
          case SELECTION, DIALOGUE, OFFERS ->
              own.isEmpty() || own.get().status().isCandidate()
                  ? tender.offerDeadline()
                  : Optional.empty();
          case AWARD_INTENDED ->
              own.filter(r -> r.status() == ResponseStatus.OFFERED).isPresent()
                  ? tender.standstillEndsAt()
                  : Optional.empty();
          default -> Optional.empty();
        };
    return next.filter(now::isBefore);
  }
}
