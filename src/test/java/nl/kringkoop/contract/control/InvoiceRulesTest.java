package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvoiceRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

  @Test
  void aCompleteFormBecomesAnInvoiceInCents() {
    FieldChecks checks = new FieldChecks();
    Invoice invoice =
        InvoiceRules.API.invoice(
            form(" F-1 ", "2026-03-31", "1250.5", "2026-04-20", "r3"), TODAY, checks);

    assertEquals(List.of(), checks.errors());
    assertEquals(
        new Invoice(
            "F-1",
            LocalDate.of(2026, 3, 31),
            new BigDecimal("1250.50"),
            LocalDate.of(2026, 4, 20),
            RStrategy.R3),
        invoice);
  }

  @Test
  void aCreditNoteWithoutNumberPaymentOrStrategyIsAnInvoiceToo() {
    FieldChecks checks = new FieldChecks();
    Invoice invoice =
        InvoiceRules.API.invoice(form("", "2026-03-31", "-80", null, " "), TODAY, checks);

    assertEquals(
        new Invoice(null, LocalDate.of(2026, 3, 31), new BigDecimal("-80.00"), null, null),
        invoice);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "-",
      value = {
        "no date, -, 10, -, -, invoiceDate, field.required",
        "no date format, 31-03-2026, 10, -, -, invoiceDate, field.date",
        "no amount, 2026-03-31, -, -, -, amount, field.required",
        "zero, 2026-03-31, 0.00, -, -, amount, spend.field.amount.zero",
        "fractions of a cent, 2026-03-31, 1.005, -, -, amount, spend.field.amount.cents",
        "too large, 2026-03-31, 10000000000000, -, -, amount, spend.field.amount.tooLarge",
        "paid before invoiced, 2026-03-31, 10, 2026-03-30, -, paidOn, spend.field.paid.early",
        "paid tomorrow, 2026-03-31, 10, 2026-06-16, -, paidOn, spend.field.paid.future",
        "unknown strategy, 2026-03-31, 10, -, R10, rStrategy, spend.field.rStrategy",
      })
  void refusesWithTheFieldAndReason(
      String why,
      String date,
      String amount,
      String paid,
      String strategy,
      String field,
      String key) {
    FieldChecks checks = new FieldChecks();

    Invoice invoice =
        InvoiceRules.API.invoice(form(null, date, amount, paid, strategy), TODAY, checks);

    assertNull(invoice);
    assertEquals(List.of(field + " " + key), describe(checks.errors()));
  }

  @Test
  void reportsEveryMistakeAtOnceUnderTheCsvColumnNames() {
    FieldChecks checks = new FieldChecks();

    Invoice invoice =
        InvoiceRules.CSV.facts(
            "N".repeat(61),
            LocalDate.of(2026, 3, 31),
            BigDecimal.ZERO,
            LocalDate.of(2026, 3, 1),
            null,
            TODAY,
            checks);

    assertNull(invoice);
    assertEquals(
        List.of(
            "invoice_number field.tooLong",
            "amount spend.field.amount.zero",
            "paid_date spend.field.paid.early"),
        describe(checks.errors()));
  }

  @Test
  void anotherCurrencyIsRefused() {
    InvoiceForm form = form(null, "2026-03-31", "10", null, null);
    form.amount = new Money(BigDecimal.TEN, "USD");
    FieldChecks checks = new FieldChecks();

    InvoiceRules.API.invoice(form, TODAY, checks);

    assertEquals(List.of("amount spend.field.amount.currency"), describe(checks.errors()));
  }

  private static InvoiceForm form(
      String number, String date, String amount, String paid, String strategy) {
    InvoiceForm form = new InvoiceForm();
    form.invoiceNumber = number;
    form.invoiceDate = date;
    form.amount = amount == null ? null : new Money(new BigDecimal(amount), "EUR");
    form.paidOn = paid;
    form.rStrategy = strategy;
    return form;
  }

  private static List<String> describe(List<InvalidField> errors) {
    return errors.stream().map(e -> e.field() + " " + e.messageKey()).toList();
  }
}
