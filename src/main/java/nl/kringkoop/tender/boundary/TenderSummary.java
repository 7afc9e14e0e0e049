package nl.kringkoop.tender.boundary;

import java.time.Instant;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.tender.entity.Tender;

/** A tender in a list. */
public record TenderSummary(
    long id,
    String title,
    String status,
    String buyer,
    Money maxBudget,
    Instant entryDeadline,
    Instant offerDeadline,
    Instant updatedAt) {

  static TenderSummary of(Tender tender) {
    return new TenderSummary(
        tender.id(),
        tender.title(),
        tender.status().name(),
        tender.buyer().name(),
        tender.maxBudget().map(TenderView::money).orElse(null),
        tender.entryDeadline().orElse(null),
        tender.offerDeadline().orElse(null),
        tender.updatedAt());
  }
}
