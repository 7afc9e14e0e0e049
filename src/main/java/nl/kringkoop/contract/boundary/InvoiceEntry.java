package nl.kringkoop.contract.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the contract page's invoice forms hold: a new invoice, or the payment of an open one. */
public class InvoiceEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long invoiceId;
  private String number;
  private LocalDate date;
  private BigDecimal amount;
  private LocalDate paidOn;
  private String rStrategy;

  void clear() {
    invoiceId = null;
    number = null;
    date = null;
    amount = null;
    paidOn = null;
    rStrategy = null;
  }

  public Long getInvoiceId() {
    return invoiceId;
  }

  public void setInvoiceId(Long invoiceId) {
    this.invoiceId = invoiceId;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }

  public String getStrategy() {
    return rStrategy;
  }

  public void setStrategy(String rStrategy) {
    this.rStrategy = rStrategy;
  }
}
