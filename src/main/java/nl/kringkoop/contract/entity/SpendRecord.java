package nl.kringkoop.contract.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.identity.entity.Organisation;

/**
 * One invoice on a contract and its payment, entered by hand or imported from the buyer's financial
 * system. Its shares say which firms earned it; they are replaced whenever the invoice changes. The
 * import key identifies the financial system's line, so a re-import finds it again.
 */
@Entity
@Table(name = "spend_record")
public class SpendRecord {

  public static final int INVOICE_NUMBER_MAX = 60;
  public static final int IMPORT_KEY_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "buyer_id")
  private Organisation buyer;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @Column(name = "import_key", nullable = false)
  private String importKey;

  @Column(name = "invoice_number")
  private String invoiceNumber;

  @Column(name = "invoice_date", nullable = false)
  private LocalDate invoiceDate;

  @Column(name = "amount", nullable = false)
  private BigDecimal amount;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "r_strategy")
  private RStrategy rStrategy;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false)
  private SpendOrigin origin;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SpendShare> shares = new ArrayList<>();

  protected SpendRecord() {}

  public SpendRecord(
      Contract contract, String importKey, Invoice invoice, SpendOrigin origin, Instant now) {
    this.buyer = contract.buyer();
    this.contract = contract;
    this.importKey = importKey;
    this.origin = origin;
    this.createdAt = now;
    revise(invoice, now);
  }

  /** Takes the invoice's current facts; the caller attributes it again afterwards. */
  public void revise(Invoice invoice, Instant now) {
    this.invoiceNumber = invoice.number();
    this.invoiceDate = invoice.date();
    this.amount = invoice.amount();
    this.paidOn = invoice.paidOn();
    this.rStrategy = invoice.rStrategy();
    this.updatedAt = now;
  }

  /** Takes the key of the line it now stands for, after its number or date was corrected. */
  public void identifyAs(String newImportKey) {
    this.importKey = newImportKey;
  }

  /** Whether the financial system's line says anything this record does not know yet. */
  public boolean differsFrom(Invoice invoice) {
    return !invoice.equals(invoice());
  }

  public Invoice invoice() {
    return new Invoice(invoiceNumber, invoiceDate, amount, paidOn, rStrategy);
  }

  /** Replaces the attribution; the shares' amounts must add up to the invoice's amount. */
  public void attribute(List<SpendShare.Part> parts) {
    shares.clear();
    boolean first = true;
    for (SpendShare.Part part : parts) {
      shares.add(new SpendShare(this, part, first));
      first = false;
    }
  }

  /** The strategy this invoice delivers: its own, else the contract's. */
  public Optional<RStrategy> deliveredStrategy() {
    return Optional.ofNullable(rStrategy).or(contract::rStrategy);
  }

  public PaymentStatus payment() {
    return PaymentStatus.of(invoiceDate, paidOn);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Organisation buyer() {
    return buyer;
  }

  public Contract contract() {
    return contract;
  }

  public String importKey() {
    return importKey;
  }

  public SpendOrigin origin() {
    return origin;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<SpendShare> shares() {
    return List.copyOf(shares);
  }
}
