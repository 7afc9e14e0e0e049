package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The key that finds an invoice again when the buyer's books are imported once more. With a number:
 * the contract and the number (upper case, as the database compares keys without regard to case).
 * Without one: the contract, date and amount, and which occurrence of that triple it is, so that
 * two equal lines in one file stay two invoices. The contract is named by its id, not its
 * reference: a reference may be corrected later, the line stays the same. Plain Java.
 */
public final class InvoiceKey {

  private InvoiceKey() {}

  /** The key of a numbered invoice on the contract. */
  public static String numbered(long contractId, String number) {
    return contractId + "|N|" + number.strip().toUpperCase(Locale.ROOT);
  }

  /** What the keys of every unnumbered invoice with this date and amount start with. */
  public static String triple(long contractId, LocalDate date, BigDecimal amount) {
    return contractId + "|D|" + date + "|" + amount.setScale(2).toPlainString() + "|";
  }

  /** The key of the {@code occurrence}-th (from 1) unnumbered invoice with this date and amount. */
  public static String unnumbered(
      long contractId, LocalDate date, BigDecimal amount, int occurrence) {
    return triple(contractId, date, amount) + occurrence;
  }
}
