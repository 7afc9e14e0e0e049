package nl.kringkoop.reporting.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.kringkoop.reporting.control.TenderOutcome;
import nl.kringkoop.reporting.control.TenderOutcomes;

/** The tenders that led to a contract in a year, with the median days to contract (if any). */
public record TenderOutcomesView(int year, BigDecimal medianDays, List<Item> items) {

  public record Item(
      long tenderId,
      String title,
      Instant publishedAt,
      Instant signedAt,
      long days,
      int responses,
      int smeResponses) {

    static Item of(TenderOutcome outcome) {
      return new Item(
          outcome.tenderId(),
          outcome.title(),
          outcome.publishedAt(),
          outcome.signedAt(),
          outcome.days(),
          outcome.responses(),
          outcome.smeResponses());
    }
  }

  static TenderOutcomesView of(TenderOutcomes.Year year) {
    return new TenderOutcomesView(
        year.year(),
        year.medianDays().orElse(null),
        year.tenders().stream().map(Item::of).toList());
  }
}
