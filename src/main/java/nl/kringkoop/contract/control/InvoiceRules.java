package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * What makes an invoice acceptable, for the form and the import alike: a number of at most 60
 * characters (optional), a date, an amount in euros with at most two decimals that is not zero
 * (negative for a credit note), a payment not before the invoice and not in the future, and an
 * R-strategy of the ladder when one is given. Fields are named as the caller knows them: JSON
 * properties for the API, column names for the CSV file. Plain Java.
 */
public record InvoiceRules(
    String number, String date, String amount, String paid, String strategy) {

  public static final InvoiceRules API =
      new InvoiceRules("invoiceNumber", "invoiceDate", "amount", "paidOn", "rStrategy");

  public static final InvoiceRules CSV =
      new InvoiceRules("invoice_number", "invoice_date", "amount", "paid_date", "r_strategy");

  /** The largest amount the books hold: 13 digits before the decimal point. */
  static final BigDecimal LARGEST = new BigDecimal("9999999999999.99");

  /** The form as an invoice, or null with every mistake in {@code checks}. */
  public Invoice invoice(InvoiceForm form, LocalDate today, FieldChecks checks) {
    String invoiceNumber = form.invoiceNumber;
    LocalDate invoiceDate = isoDate(date, form.invoiceDate, true, checks);
    LocalDate paidOn = isoDate(paid, form.paidOn, false, checks);
    BigDecimal euros = euros(form.amount, checks);
    RStrategy delivered = strategy(form.rStrategy, checks);
    return facts(invoiceNumber, invoiceDate, euros, paidOn, delivered, today, checks);
  }

  /**
   * The invoice from values already read (null where absent or unreadable, reported before), or
   * null when anything is wrong, here or in what {@code checks} already holds.
   */
  public Invoice facts(
      String invoiceNumber,
      LocalDate invoiceDate,
      BigDecimal euros,
      LocalDate paidOn,
      RStrategy delivered,
      LocalDate today,
      FieldChecks checks) {
    String numbered = checks.text(number, invoiceNumber, SpendRecord.INVOICE_NUMBER_MAX, false);
    if (euros != null) {
      checks.require(euros.signum() != 0, amount, "spend.field.amount.zero");
      checks.require(euros.abs().compareTo(LARGEST) <= 0, amount, "spend.field.amount.tooLarge");
      checks.require(euros.stripTrailingZeros().scale() <= 2, amount, "spend.field.amount.cents");
    }
    if (paidOn != null) {
      checks.require(!paidOn.isAfter(today), paid, "spend.field.paid.future");
      checks.require(
          invoiceDate == null || !paidOn.isBefore(invoiceDate), paid, "spend.field.paid.early");
    }
    if (!checks.isEmpty() || invoiceDate == null || euros == null) {
      return null;
    }
    return new Invoice(numbered, invoiceDate, euros.setScale(2), paidOn, delivered);
  }

  private LocalDate isoDate(String field, String text, boolean required, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      checks.require(!required, field, "field.required");
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADate) {
      checks.add(field, "field.date", text.strip());
      return null;
    }
  }

  private BigDecimal euros(Money money, FieldChecks checks) {
    if (money == null || money.amount() == null) {
      checks.add(amount, "field.required");
      return null;
    }
    if (money.currency() != null && !Money.EURO.equals(money.currency())) {
      checks.add(amount, "spend.field.amount.currency");
      return null;
    }
    return money.amount();
  }

  private RStrategy strategy(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    RStrategy parsed = RStrategy.parse(text).orElse(null);
    checks.require(parsed != null, strategy, "spend.field.rStrategy", text.strip());
    return parsed;
  }
}
