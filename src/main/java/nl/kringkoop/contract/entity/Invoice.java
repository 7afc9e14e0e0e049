package nl.kringkoop.contract.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.kringkoop.circularity.entity.RStrategy;

/**
 * What the buyer's books say of one invoice: its number (optional), date, amount in euros (two
 * decimals), the day it was paid (none while open) and, when this invoice delivers another
 * R-strategy than its contract, that strategy.
 */
public record Invoice(
    String number, LocalDate date, BigDecimal amount, LocalDate paidOn, RStrategy rStrategy) {

  /** This invoice, with the payment day and strategy of what is known where this one has none. */
  public Invoice completedBy(Invoice known) {
    return new Invoice(
        number,
        date,
        amount,
        paidOn != null ? paidOn : known.paidOn(),
        rStrategy != null ? rStrategy : known.rStrategy());
  }
}
