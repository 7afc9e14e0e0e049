package nl.kringkoop.tender.entity;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.region.entity.MunicipalityCode;

/**
 * An RCC need from draft to award. It guards its own life cycle: it changes phase only when the
 * conditions of the next phase hold, keeps its terms fixed once published, and knows when entries,
 * questions and offers are accepted.
 */
@Entity
@Table(name = "tender")
public class Tender {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "buyer_id")
  private Organisation buyer;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TenderStatus status;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "ambition")
  private String ambition;

  @Column(name = "scope")
  private String scope;

  @Column(name = "circular_goal")
  private String circularGoal;

  @Enumerated(EnumType.STRING)
  @Column(name = "purchase_kind", nullable = false)
  private PurchaseKind purchaseKind;

  @Column(name = "location_code")
  private String locationCode;

  @Column(name = "max_budget")
  private BigDecimal maxBudget;

  @Column(name = "estimated_value")
  private BigDecimal estimatedValue;

  @Column(name = "social_return_percent")
  private BigDecimal socialReturnPercent;

  @Column(name = "price_weight")
  private Integer priceWeight;

  @Enumerated(EnumType.STRING)
  @Column(name = "procedure_type")
  private ProcedureType procedureType;

  @Column(name = "entry_deadline")
  private Instant entryDeadline;

  @Column(name = "dialogue_start")
  private Instant dialogueStart;

  @Column(name = "dialogue_end")
  private Instant dialogueEnd;

  @Column(name = "offer_deadline")
  private Instant offerDeadline;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "status_changed_at", nullable = false)
  private Instant statusChangedAt;

  @Column(name = "offers_opened_at")
  private Instant offersOpenedAt;

  @Column(name = "award_reason")
  private String awardReason;

  @Column(name = "standstill_ends_at")
  private Instant standstillEndsAt;

  @Column(name = "awarded_at")
  private Instant awardedAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "required_certifications")
  private String requiredCertifications;

  @Column(name = "preferred_certifications")
  private String preferredCertifications;

  @Column(name = "service_area_required", nullable = false)
  private boolean serviceAreaRequired;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tender_cpv", joinColumns = @JoinColumn(name = "tender_id"))
  @Column(name = "cpv_code")
  private Set<String> cpvCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tender_r_strategy", joinColumns = @JoinColumn(name = "tender_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "strategy")
  private Set<RStrategy> rStrategies = EnumSet.noneOf(RStrategy.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tender_criterion", joinColumns = @JoinColumn(name = "tender_id"))
  @OrderColumn(name = "ordinal")
  private List<Criterion> criteria = new ArrayList<>();

  @OneToMany(
      mappedBy = "tender",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("ordinal")
  private List<Lot> lots = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tender_committee_member", joinColumns = @JoinColumn(name = "tender_id"))
  @Column(name = "username")
  private Set<String> committee = new TreeSet<>();

  protected Tender() {}

  public Tender(Organisation buyer, String createdBy, NeedDescription need, Instant now) {
    this.buyer = buyer;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.status = TenderStatus.DRAFT;
    this.statusChangedAt = now;
    this.committee.add(createdBy);
    apply(need, now);
  }

  /** Rewrites the need; only a draft can change, so every participant answers the same terms. */
  public void describe(NeedDescription need, Instant now) {
    if (status != TenderStatus.DRAFT) {
      throw refused("tender.refused.notDraft");
    }
    apply(need, now);
  }

  private void apply(NeedDescription need, Instant now) {
    title = need.title();
    ambition = need.ambition();
    scope = need.scope();
    circularGoal = need.circularGoal();
    purchaseKind = need.purchaseKind() == null ? PurchaseKind.SERVICES : need.purchaseKind();
    locationCode = need.location() == null ? null : need.location().value();
    maxBudget = need.maxBudget();
    estimatedValue = need.estimatedValue();
    socialReturnPercent = need.socialReturnPercent();
    priceWeight = need.priceWeight();
    procedureType = need.procedureType();
    entryDeadline = need.entryDeadline();
    dialogueStart = need.dialogueStart();
    dialogueEnd = need.dialogueEnd();
    offerDeadline = need.offerDeadline();
    requiredCertifications = SupplierConditions.format(need.conditions().requiredCertifications());
    preferredCertifications =
        SupplierConditions.format(need.conditions().preferredCertifications());
    serviceAreaRequired = need.conditions().serviceAreaRequired();
    cpvCodes.clear();
    need.cpvCodes().forEach(code -> cpvCodes.add(code.digits()));
    rStrategies.clear();
    rStrategies.addAll(need.rStrategies());
    criteria.clear();
    criteria.addAll(need.criteria());
    lots.clear();
    int ordinal = 0;
    for (NeedDescription.LotDescription lot : need.lots()) {
      lots.add(new Lot(this, ordinal++, lot.title(), lot.maxBudget(), lot.cpvCodes()));
    }
    updatedAt = now;
  }

  /** Opens the entry phase; the caller has checked that the need is complete. */
  public void publish(ProcedureType procedure, Instant now) {
    requireNext(TenderStatus.PUBLISHED);
    if (entryDeadline == null || !now.isBefore(entryDeadline)) {
      throw refused("tender.refused.entryDeadlinePast");
    }
    procedureType = procedure;
    publishedAt = now;
    enter(TenderStatus.PUBLISHED, now);
  }

  /**
   * Moves to the next phase when its conditions hold: SELECTION after the entry deadline with at
   * least one pitch, DIALOGUE with selected candidates, OFFERS after balanced dialogue, EVALUATION
   * after the offer deadline with at least one offer, AWARDED after an undisturbed standstill.
   */
  public void advance(TenderStatus target, PhaseFacts facts, Instant now) {
    if (status == TenderStatus.AWARD_INTENDED && target == TenderStatus.EVALUATION) {
      reconsider(facts, now);
      return;
    }
    requireNext(target);
    switch (target) {
      case SELECTION -> {
        require(!now.isBefore(entryDeadline), "tender.refused.entryPhaseOpen");
        require(facts.pitches() > 0, "tender.refused.noPitches");
      }
      case DIALOGUE -> require(facts.selected() > 0, "tender.refused.noneSelected");
      case OFFERS -> {
        require(facts.dialoguesBalanced(), "tender.refused.dialoguesUnbalanced");
        require(now.isBefore(offerDeadline), "tender.refused.offerDeadlinePast");
      }
      case EVALUATION -> {
        require(!now.isBefore(offerDeadline), "tender.refused.offerPhaseOpen");
        require(facts.offers() > 0, "tender.refused.noOffers");
        recordOffersOpened(now);
      }
      case AWARDED -> {
        require(!now.isBefore(standstillEndsAt), "tender.refused.standstillRunning");
        require(!facts.complaintPending(), "tender.refused.complaintPending");
        require(!facts.complaintUpheld(), "tender.refused.complaintUpheld");
        awardedAt = now;
      }
      default -> throw refused("tender.refused.useOwnAction");
    }
    enter(target, now);
  }

  /**
   * Takes the intended award back to the evaluation after a complaint against it was upheld, so the
   * committee can score again and a new decision starts a new standstill period.
   */
  private void reconsider(PhaseFacts facts, Instant now) {
    require(facts.complaintUpheld(), "tender.refused.noUpheldComplaint");
    awardReason = null;
    standstillEndsAt = null;
    enter(TenderStatus.EVALUATION, now);
  }

  /** Announces the intended award and starts the standstill period. */
  public void intendAward(String reason, PhaseFacts facts, Duration standstill, Instant now) {
    requireNext(TenderStatus.AWARD_INTENDED);
    require(facts.scoresComplete(), "tender.refused.scoresIncomplete");
    awardReason = reason;
    standstillEndsAt = now.plus(standstill);
    enter(TenderStatus.AWARD_INTENDED, now);
  }

  public void cancel(String reason, Instant now) {
    if (!status.allows(TenderStatus.CANCELLED)) {
      throw refused("tender.refused.closed");
    }
    cancelReason = reason;
    enter(TenderStatus.CANCELLED, now);
  }

  private void requireNext(TenderStatus target) {
    if (!status.allows(target)) {
      throw refused("tender.refused.transition", status.name(), target.name());
    }
  }

  private void enter(TenderStatus target, Instant now) {
    status = target;
    statusChangedAt = now;
    updatedAt = now;
  }

  private static void require(boolean holds, String key) {
    if (!holds) {
      throw refused(key);
    }
  }

  private static ProblemException refused(String key, Object... args) {
    return new ProblemException(ProblemType.PHASE_CONFLICT, key, args);
  }

  /** Whether a supplier may still register interest and pitch. */
  public boolean acceptsEntries(Instant now) {
    return status == TenderStatus.PUBLISHED && now.isBefore(entryDeadline);
  }

  /** Whether selected candidates may still submit, change or withdraw a final offer. */
  public boolean acceptsOffers(Instant now) {
    return status == TenderStatus.OFFERS && now.isBefore(offerDeadline);
  }

  /** Whether participants may still ask questions: from publication until the offer deadline. */
  public boolean acceptsQuestions(Instant now) {
    return status.compareTo(TenderStatus.PUBLISHED) >= 0
        && status.compareTo(TenderStatus.OFFERS) <= 0
        && (offerDeadline == null || now.isBefore(offerDeadline));
  }

  /** Offers stay sealed for everybody, the buyer included, until the offer deadline has passed. */
  public boolean offersSealed(Instant now) {
    return offerDeadline == null || now.isBefore(offerDeadline);
  }

  public boolean isBoughtBy(long organisationId) {
    return buyer.id() == organisationId;
  }

  /** The amount the procedure advice weighs: the estimate, or else the ceiling. */
  public Optional<BigDecimal> valueForAdvice() {
    return Optional.ofNullable(estimatedValue != null ? estimatedValue : maxBudget);
  }

  public Optional<BigDecimal> ceilingFor(Lot lot) {
    return lot == null ? Optional.ofNullable(maxBudget) : lot.maxBudget();
  }

  public Optional<Lot> lot(long lotId) {
    return lots.stream().filter(lot -> lot.id() == lotId).findFirst();
  }

  public void recordOffersOpened(Instant now) {
    if (offersOpenedAt == null) {
      offersOpenedAt = now;
    }
  }

  public void appointCommittee(Set<String> usernames) {
    committee.clear();
    committee.addAll(usernames);
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

  public TenderStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Optional<String> ambition() {
    return Optional.ofNullable(ambition);
  }

  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

  public Optional<String> circularGoal() {
    return Optional.ofNullable(circularGoal);
  }

  public PurchaseKind purchaseKind() {
    return purchaseKind;
  }

  public Optional<MunicipalityCode> location() {
    return Optional.ofNullable(locationCode).map(MunicipalityCode::parse);
  }

  public Optional<BigDecimal> maxBudget() {
    return Optional.ofNullable(maxBudget);
  }

  public Optional<BigDecimal> estimatedValue() {
    return Optional.ofNullable(estimatedValue);
  }

  public Optional<BigDecimal> socialReturnPercent() {
    return Optional.ofNullable(socialReturnPercent);
  }

  public Optional<Integer> priceWeight() {
    return Optional.ofNullable(priceWeight);
  }

  public Optional<ProcedureType> procedureType() {
    return Optional.ofNullable(procedureType);
  }

  public Optional<Instant> entryDeadline() {
    return Optional.ofNullable(entryDeadline);
  }

  public Optional<Instant> dialogueStart() {
    return Optional.ofNullable(dialogueStart);
  }

  public Optional<Instant> dialogueEnd() {
    return Optional.ofNullable(dialogueEnd);
  }

  public Optional<Instant> offerDeadline() {
    return Optional.ofNullable(offerDeadline);
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

  public Optional<Instant> publishedAt() {
    return Optional.ofNullable(publishedAt);
  }

  public Instant statusChangedAt() {
    return statusChangedAt;
  }

  public Optional<Instant> offersOpenedAt() {
    return Optional.ofNullable(offersOpenedAt);
  }

  public Optional<String> awardReason() {
    return Optional.ofNullable(awardReason);
  }

  public Optional<Instant> standstillEndsAt() {
    return Optional.ofNullable(standstillEndsAt);
  }

  public Optional<Instant> awardedAt() {
    return Optional.ofNullable(awardedAt);
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  public SupplierConditions supplierConditions() {
    return new SupplierConditions(
        SupplierConditions.parse(requiredCertifications),
        SupplierConditions.parse(preferredCertifications),
        serviceAreaRequired);
  }

  public Set<CpvCode> cpvCodes() {
    Set<CpvCode> codes = new LinkedHashSet<>();
    cpvCodes.forEach(digits -> codes.add(new CpvCode(digits)));
    return codes;
  }

  public Set<RStrategy> rStrategies() {
    return rStrategies.isEmpty() ? EnumSet.noneOf(RStrategy.class) : EnumSet.copyOf(rStrategies);
  }

  public List<Criterion> criteria() {
    return List.copyOf(criteria);
  }

  public List<Lot> lots() {
    return List.copyOf(lots);
  }

  public Set<String> committee() {
    return Set.copyOf(committee);
  }
}
