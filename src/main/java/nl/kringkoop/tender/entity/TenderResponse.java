package nl.kringkoop.tender.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * One supplier's (or one consortium's, through its lead) participation in a tender: the entry pitch
 * and, once selected, the sealed final offer. The tender's deadlines decide what may change.
 */
@Entity
@Table(name = "tender_response")
public class TenderResponse {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "supplier_id")
  private Organisation supplier;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lot_id")
  private Lot lot;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ResponseStatus status;

  @Column(name = "vision")
  private String vision;

  @Column(name = "expertise")
  private String expertise;

  @Column(name = "innovation")
  private String innovation;

  @Column(name = "references_text")
  private String references;

  @Column(name = "pitched_at")
  private Instant pitchedAt;

  @Column(name = "offer_price")
  private BigDecimal offerPrice;

  @Column(name = "offer_text")
  private String offerText;

  @Column(name = "offered_at")
  private Instant offeredAt;

  @Column(name = "selection_note")
  private String selectionNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private AwardOutcome outcome;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "tender_response_partner",
      joinColumns = @JoinColumn(name = "response_id"))
  @Column(name = "supplier_id")
  private Set<Long> partnerIds = new TreeSet<>();

  protected TenderResponse() {}

  public TenderResponse(
      Tender tender,
      Organisation supplier,
      Lot lot,
      Collection<Long> partners,
      EntryPitch pitch,
      Instant now) {
    this.tender = tender;
    this.supplier = supplier;
    this.lot = lot;
    this.partnerIds.addAll(partners);
    this.createdAt = now;
    this.status = ResponseStatus.PITCHED;
    repitch(pitch, now);
  }

  /** Replaces the pitch while the entry phase is open. */
  public void repitch(EntryPitch pitch, Instant now) {
    if (!tender.acceptsEntries(now)) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "response.refused.entryClosed");
    }
    if (status == ResponseStatus.WITHDRAWN) {
      status = ResponseStatus.PITCHED;
    }
    vision = pitch.vision();
    expertise = pitch.expertise();
    innovation = pitch.innovation();
    references = pitch.references();
    pitchedAt = now;
    updatedAt = now;
  }

  /** Submits or replaces the final offer; only a selected candidate, before the offer deadline. */
  public void offer(BigDecimal price, String text, Instant now) {
    if (!tender.acceptsOffers(now)) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "response.refused.offersClosed");
    }
    if (!status.isCandidate()) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "response.refused.notSelected");
    }
    BigDecimal ceiling = tender.ceilingFor(lot).orElseThrow();
    if (price.compareTo(ceiling) > 0) {
      throw ProblemException.invalid(
          java.util.List.of(
              new ProblemException.InvalidField("price", "response.offer.overCeiling", ceiling)));
    }
    offerPrice = price;
    offerText = text;
    offeredAt = now;
    status = ResponseStatus.OFFERED;
    updatedAt = now;
  }

  /** Withdraws the pitch or the offer before the deadline of the phase it belongs to. */
  public void withdraw(Instant now) {
    boolean open =
        status == ResponseStatus.OFFERED ? tender.acceptsOffers(now) : tender.acceptsEntries(now);
    if (!open || status == ResponseStatus.WITHDRAWN) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "response.refused.withdrawClosed");
    }
    if (status == ResponseStatus.OFFERED) {
      offerPrice = null;
      offerText = null;
      offeredAt = null;
      status = ResponseStatus.SELECTED;
    } else {
      status = ResponseStatus.WITHDRAWN;
    }
    updatedAt = now;
  }

  /** The buyer's selection decision on the pitch, during the selection phase. */
  public void decideSelection(boolean selected, String note, Instant now) {
    if (tender.status() != TenderStatus.SELECTION) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "response.refused.notSelectionPhase");
    }
    if (status == ResponseStatus.WITHDRAWN) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "response.refused.withdrawn");
    }
    status = selected ? ResponseStatus.SELECTED : ResponseStatus.NOT_SELECTED;
    selectionNote = note;
    updatedAt = now;
  }

  public void decideAward(AwardOutcome decided, Instant now) {
    outcome = decided;
    updatedAt = now;
  }

  public boolean isFrom(long organisationId) {
    return supplier.id() == organisationId || partnerIds.contains(organisationId);
  }

  public boolean isLedBy(long organisationId) {
    return supplier.id() == organisationId;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Tender tender() {
    return tender;
  }

  public Organisation supplier() {
    return supplier;
  }

  public Optional<Lot> lot() {
    return Optional.ofNullable(lot);
  }

  public ResponseStatus status() {
    return status;
  }

  public EntryPitch pitch() {
    return new EntryPitch(vision, expertise, innovation, references);
  }

  public Optional<Instant> pitchedAt() {
    return Optional.ofNullable(pitchedAt);
  }

  /** The offered price; callers must respect the seal (see {@link Tender#offersSealed}). */
  public Optional<BigDecimal> offerPrice() {
    return Optional.ofNullable(offerPrice);
  }

  public Optional<String> offerText() {
    return Optional.ofNullable(offerText);
  }

  public Optional<Instant> offeredAt() {
    return Optional.ofNullable(offeredAt);
  }

  public Optional<String> selectionNote() {
    return Optional.ofNullable(selectionNote);
  }

  public Optional<AwardOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Set<Long> partnerIds() {
    return Set.copyOf(partnerIds);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
