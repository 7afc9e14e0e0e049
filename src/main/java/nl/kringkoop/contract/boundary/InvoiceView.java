package nl.kringkoop.contract.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.platform.money.Money;

/**
 * An invoice as the API shows it, with its payment status, whether its term has passed unpaid, and
 * the part each firm of the contract earned.
 */
public record InvoiceView(
    long id,
    long version,
    long contractId,
    String invoiceNumber,
    LocalDate invoiceDate,
    Money amount,
    LocalDate paidOn,
    String rStrategy,
    PaymentStatus payment,
    boolean overdue,
    List<ShareView> shares) {

  public static InvoiceView from(SpendRecord record, LocalDate today) {
    Invoice invoice = record.invoice();
    return new InvoiceView(
        record.id(),
        record.version(),
        record.contract().id(),
        invoice.number(),
        invoice.date(),
        Money.euros(invoice.amount()),
        invoice.paidOn(),
        invoice.rStrategy() == null ? null : invoice.rStrategy().name(),
        record.payment(),
        PaymentStatus.isOverdue(invoice.date(), invoice.paidOn(), today),
        record.shares().stream().map(ShareView::from).toList());
  }

  /** One firm's part of the invoice. */
  public record ShareView(long supplierId, String name, Money amount) {

    static ShareView from(SpendShare share) {
      return new ShareView(
          share.recipient().id(), share.recipient().name(), Money.euros(share.amount()));
    }
  }
}
