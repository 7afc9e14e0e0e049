package nl.kringkoop.contract.control;

import nl.kringkoop.platform.money.Money;

/**
 * An invoice as an officer writes it, on the contract page or as JSON. Unchecked: {@link
 * InvoiceRules} turns it into an {@code Invoice} or reports every mistake at once. Dates are ISO
 * ({@code 2026-03-31}); {@code version} is the one the change started from (required to change).
 */
public class InvoiceForm {
  public Long version;
  public String invoiceNumber;
  public String invoiceDate;
  public Money amount;
  public String paidOn;
  public String rStrategy;
}
