package nl.kringkoop.tender.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import nl.kringkoop.tender.entity.Tender;

/**
 * One tender in a list: what a reader needs to decide whether to open it. {@code responseStatus} is
 * the reader's own response status name, or null when the list is not about own responses.
 */
public record TenderRow(
    long id,
    String title,
    String buyer,
    String status,
    Instant entryDeadline,
    BigDecimal maxBudget,
    Instant nextDeadline,
    String responseStatus) {

  static TenderRow of(Tender tender, Instant nextDeadline, String responseStatus) {
    return new TenderRow(
        tender.id(),
        tender.title(),
        tender.buyer().name(),
        tender.status().name(),
        tender.entryDeadline().orElse(null),
        tender.maxBudget().orElse(null),
        nextDeadline,
        responseStatus);
  }
}
