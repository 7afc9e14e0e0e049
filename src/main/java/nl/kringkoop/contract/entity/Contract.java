package nl.kringkoop.contract.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.tender.entity.Tender;

/**
 * An agreement between a municipality and the firms that carry out the work: from an award on the
 * platform or entered for a purchase made elsewhere. Its parties share the value in percent (a
 * consortium's agreed shares, or 100 for one firm); spend on the contract is attributed by those
 * shares. Milestones and KPIs record how the work goes.
 */
@Entity
@Table(name = "contract")
public class Contract {

  public static final int REFERENCE_MAX = 60;
  public static final int TITLE_MAX = 200;
  public static final int DEPARTMENT_MAX = 120;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "buyer_id")
  private Organisation buyer;

  @Column(name = "reference", nullable = false)
  private String reference;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "department", nullable = false)
  private String department;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @Column(name = "winning_offer_id")
  private Long winningOfferId;

  @Enumerated(EnumType.STRING)
  @Column(name = "origin", nullable = false)
  private ContractOrigin origin;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ContractStatus status;

  @Column(name = "contract_value", nullable = false)
  private BigDecimal value;

  @Enumerated(EnumType.STRING)
  @Column(name = "r_strategy")
  private RStrategy rStrategy;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "signed_at", nullable = false)
  private Instant signedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection
  @CollectionTable(name = "contract_lot", joinColumns = @JoinColumn(name = "contract_id"))
  @Column(name = "lot_id")
  private Set<Long> lotIds = new TreeSet<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ContractParty> parties = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueOn, id")
  private List<Milestone> milestones = new ArrayList<>();

  @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Kpi> kpis = new ArrayList<>();

  protected Contract() {}

  /** The terms must already be valid (ContractRules); parties are added with {@link #share}. */
  public Contract(
      Organisation buyer,
      ContractTerms terms,
      Tender tender,
      ContractOrigin origin,
      String createdBy,
      Instant now) {
    this.buyer = buyer;
    this.tender = tender;
    this.origin = origin;
    this.status = ContractStatus.ACTIVE;
    this.createdBy = createdBy;
    this.createdAt = now;
    apply(terms, now);
  }

  /** Changes the agreed terms (reference, title, department, value, period, strategy). */
  public void apply(ContractTerms terms, Instant now) {
    this.reference = terms.reference();
    this.title = terms.title();
    this.department = terms.department();
    this.value = terms.value();
    this.rStrategy = terms.rStrategy();
    this.startsOn = terms.startsOn();
    this.endsOn = terms.endsOn();
    this.signedAt = terms.signedAt();
    this.updatedAt = now;
  }

  /** Adds a firm with its share; the caller checks that the shares add up to 100. */
  public ContractParty share(Organisation firm, PartyRole role, BigDecimal percent) {
    ContractParty party = new ContractParty(this, firm, role, percent);
    parties.add(party);
    return party;
  }

  /** Marks the contract as the one that settles this winning offer (a tender response). */
  public void settles(long winningOffer) {
    this.winningOfferId = winningOffer;
  }

  public void coverLots(Collection<Long> lots) {
    lotIds.clear();
    lotIds.addAll(lots);
  }

  public Milestone plan(String milestoneTitle, LocalDate due, String by, Instant now) {
    Milestone milestone = new Milestone(this, milestoneTitle, due, by, now);
    milestones.add(milestone);
    this.updatedAt = now;
    return milestone;
  }

  public Kpi measure(KpiDefinition definition, String by, Instant now) {
    Kpi kpi = new Kpi(this, definition, by, now);
    kpis.add(kpi);
    this.updatedAt = now;
    return kpi;
  }

  public void close(ContractStatus ending, Instant now) {
    if (ending == ContractStatus.ACTIVE) {
      throw new IllegalArgumentException("A contract closes as COMPLETED or TERMINATED");
    }
    this.status = ending;
    this.updatedAt = now;
  }

  public boolean isParty(long organisationId) {
    return parties.stream().anyMatch(p -> p.firm().id() == organisationId);
  }

  public boolean isBoughtBy(long organisationId) {
    return buyer.id() == organisationId;
  }

  public Optional<Milestone> milestone(long milestoneId) {
    return milestones.stream().filter(m -> m.id() == milestoneId).findFirst();
  }

  public Optional<Kpi> kpi(long kpiId) {
    return kpis.stream().filter(k -> k.id() == kpiId).findFirst();
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

  public String reference() {
    return reference;
  }

  public String title() {
    return title;
  }

  public String department() {
    return department;
  }

  public Optional<Tender> tender() {
    return Optional.ofNullable(tender);
  }

  /** The winning offer this contract settles, for a contract made from an award. */
  public Optional<Long> winningOfferId() {
    return Optional.ofNullable(winningOfferId);
  }

  public ContractOrigin origin() {
    return origin;
  }

  public ContractStatus status() {
    return status;
  }

  public BigDecimal value() {
    return value;
  }

  public Optional<RStrategy> rStrategy() {
    return Optional.ofNullable(rStrategy);
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Set<Long> lotIds() {
    return Set.copyOf(lotIds);
  }

  public List<ContractParty> parties() {
    return List.copyOf(parties);
  }

  public List<Milestone> milestones() {
    return List.copyOf(milestones);
  }

  public List<Kpi> kpis() {
    return List.copyOf(kpis);
  }
}
