package nl.kringkoop.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * The part of one invoice that one firm earned, with the facts reporting classifies it by as they
 * were when the invoice was attributed: month, department, delivered R-strategy, where the firm is
 * based seen from the buyer, its size class and whether it is a social enterprise.
 */
@Entity
@Table(name = "spend_share")
public class SpendShare {

  /** One firm's euros of an invoice and the facts to classify them by. */
  public record Part(
      Organisation recipient,
      BigDecimal amount,
      Locality locality,
      String recipientRegion,
      SizeClass sizeClass,
      boolean socialEnterprise) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "spend_record_id")
  private SpendRecord record;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "buyer_id")
  private Organisation buyer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "recipient_id")
  private Organisation recipient;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "spend_year", nullable = false)
  private int year;

  @Column(name = "spend_month", nullable = false)
  private int month;

  @Column(name = "department", nullable = false)
  private String department;

  @Enumerated(EnumType.STRING)
  @Column(name = "r_strategy")
  private RStrategy rStrategy;

  @Column(name = "circular", nullable = false)
  private boolean circular;

  @Enumerated(EnumType.STRING)
  @Column(name = "locality", nullable = false)
  private Locality locality;

  @Column(name = "recipient_region")
  private String recipientRegion;

  @Enumerated(EnumType.STRING)
  @Column(name = "size_class", nullable = false)
  private SizeClass sizeClass;

  @Column(name = "social_enterprise", nullable = false)
  private boolean socialEnterprise;

  @Column(name = "counts_invoice", nullable = false)
  private boolean countsInvoice;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment", nullable = false)
  private PaymentStatus payment;

  protected SpendShare() {}

  SpendShare(SpendRecord record, Part part, boolean countsInvoice) {
    this.record = record;
    this.buyer = record.buyer();
    this.recipient = part.recipient();
    this.amount = part.amount();
    Invoice invoice = record.invoice();
    this.year = invoice.date().getYear();
    this.month = invoice.date().getMonthValue();
    this.department = record.contract().department();
    this.rStrategy = record.deliveredStrategy().orElse(null);
    this.circular = rStrategy != null && rStrategy.isHighValue();
    this.locality = part.locality();
    this.recipientRegion = part.recipientRegion();
    this.sizeClass = part.sizeClass();
    this.socialEnterprise = part.socialEnterprise();
    this.countsInvoice = countsInvoice;
    this.payment = record.payment();
  }

  public Long id() {
    return id;
  }

  public SpendRecord record() {
    return record;
  }

  public Organisation recipient() {
    return recipient;
  }

  public BigDecimal amount() {
    return amount;
  }

  public int year() {
    return year;
  }

  public int month() {
    return month;
  }

  public String department() {
    return department;
  }

  public Optional<RStrategy> rStrategy() {
    return Optional.ofNullable(rStrategy);
  }

  public boolean circular() {
    return circular;
  }

  public Locality locality() {
    return locality;
  }

  public Optional<String> recipientRegion() {
    return Optional.ofNullable(recipientRegion);
  }

  public SizeClass sizeClass() {
    return sizeClass;
  }

  public boolean socialEnterprise() {
    return socialEnterprise;
  }

  public boolean countsInvoice() {
    return countsInvoice;
  }

  public PaymentStatus payment() {
    return payment;
  }
}
