package nl.kringkoop.contract.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether an invoice was paid within the payment term (30 days, the legal term for public buyers
 * paying firms), paid later, or is still open.
 */
public enum PaymentStatus {
  ON_TIME,
  LATE,
  OPEN;

  public static final int TERM_DAYS = 30;

  public static PaymentStatus of(LocalDate invoiced, LocalDate paid) {
    if (paid == null) {
      return OPEN;
    }
    return ChronoUnit.DAYS.between(invoiced, paid) <= TERM_DAYS ? ON_TIME : LATE;
  }

  /** An open invoice whose term has passed. */
  public static boolean isOverdue(LocalDate invoiced, LocalDate paid, LocalDate today) {
    return paid == null && today.isAfter(invoiced.plusDays(TERM_DAYS));
  }
}
