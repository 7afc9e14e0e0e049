package nl.kringkoop.contract.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.contract.control.InvoiceForm;
import nl.kringkoop.contract.control.Spend;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.platform.money.Money;

/**
 * The invoices section of the contract page ({@code WEB-INF/fragments/contract-invoices.xhtml}):
 * the contract's invoices with payment status and each firm's part, for everyone who sees the
 * contract; the buyer's officers add an invoice and record the payment of an open one. The contract
 * is the one {@link ContractDesk} shows; every change goes through {@link Spend}, which checks.
 */
@Named
@ViewScoped
public class ContractInvoices implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int OPEN_CHOICES = 200;

  @Inject Spend spend;

  @Inject ContractDesk desk;

  @Inject CurrentUser currentUser;

  @Inject PageActions actions;

  private InvoiceRows rows;
  private List<InvoiceView> open;
  private final InvoiceEntry invoice = new InvoiceEntry();
  private final InvoiceEntry payment = new InvoiceEntry();

  public InvoiceRows getRows() {
    if (rows == null && desk.getContract() != null) {
      rows = new InvoiceRows(spend, desk.getContract().id(), currentUser.caller());
    }
    return rows;
  }

  /** The open invoices an officer may record a payment for, oldest first. */
  public List<InvoiceView> getOpen() {
    if (open == null) {
      LocalDate today = spend.today();
      open =
          spend.open(desk.getContract().id(), OPEN_CHOICES, currentUser.caller()).stream()
              .map(record -> InvoiceView.from(record, today))
              .toList();
    }
    return open;
  }

  /**
   * Whether the caller records invoices here: the buyer's officer, also after the contract ended.
   */
  public boolean isOfficer() {
    return desk.isOfficer();
  }

  public void add() {
    InvoiceForm form = new InvoiceForm();
    form.invoiceNumber = invoice.getNumber();
    form.invoiceDate = text(invoice.getDate());
    form.amount = invoice.getAmount() == null ? null : new Money(invoice.getAmount(), Money.EURO);
    form.paidOn = text(invoice.getPaidOn());
    form.rStrategy = invoice.getStrategy();
    long contractId = desk.getContract().id();
    if (actions.run(
        "invoice",
        "spend.page.added",
        () -> spend.record(contractId, form, currentUser.caller()))) {
      invoice.clear();
      reload();
    }
  }

  public void recordPayment() {
    Optional<InvoiceView> chosen =
        getOpen().stream().filter(i -> i.id() == orZero(payment.getInvoiceId())).findFirst();
    if (chosen.isEmpty()) {
      actions.fieldError("payment", "invoiceId", "field.required");
      return;
    }
    InvoiceView paid = chosen.get();
    InvoiceForm form = new InvoiceForm();
    form.version = paid.version();
    form.invoiceNumber = paid.invoiceNumber();
    form.invoiceDate = paid.invoiceDate().toString();
    form.amount = paid.amount();
    form.rStrategy = paid.rStrategy();
    form.paidOn = text(payment.getPaidOn());
    if (form.paidOn == null) {
      actions.fieldError("payment", "paidOn", "field.required");
      return;
    }
    if (actions.run(
        "payment", "spend.page.paid", () -> spend.revise(paid.id(), form, currentUser.caller()))) {
      payment.clear();
      reload();
    }
  }

  /** Deletes the invoice as the officer saw it: a change by someone else meanwhile is refused. */
  public void delete(InvoiceView row) {
    if (actions.run(
        "invoiceList",
        "spend.page.deleted",
        () -> spend.delete(row.id(), row.version(), currentUser.caller()))) {
      reload();
    }
  }

  private void reload() {
    rows = null;
    open = null;
  }

  public InvoiceEntry getInvoice() {
    return invoice;
  }

  public InvoiceEntry getPayment() {
    return payment;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static long orZero(Long id) {
    return id == null ? 0 : id;
  }
}
