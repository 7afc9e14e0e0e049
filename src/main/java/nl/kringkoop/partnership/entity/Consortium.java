package nl.kringkoop.partnership.entity;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * A partnership of two to four firms for one tender. The lead proposes it and invites the others;
 * it is FORMED when every invitation is accepted, stays PROPOSED after a decline until the lead
 * invites another firm instead, and may be DISSOLVED by the lead. Nothing changes once the tender's
 * entry phase is over, and the members' shares always add up to exactly 100 percent.
 */
@Entity
@Table(name = "consortium")
public class Consortium {

  /** A consortium has at most four firms: the lead and up to three partners. */
  public static final int PARTNERS_MAX = 3;

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
  @JoinColumn(name = "lead_id")
  private Organisation lead;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ConsortiumStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(
      mappedBy = "consortium",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<ConsortiumMember> members = new ArrayList<>();

  protected Consortium() {}

  /** Proposes a consortium: the lead is in with its own work share, every partner is invited. */
  public Consortium(
      Tender tender,
      Organisation lead,
      WorkShare leadShare,
      List<Invitation> partners,
      Instant now) {
    this.tender = tender;
    this.lead = lead;
    this.status = ConsortiumStatus.PROPOSED;
    this.createdAt = now;
    requireEntriesOpen(tender, now);
    if (partners.isEmpty() || partners.size() > PARTNERS_MAX) {
      throw new IllegalArgumentException("A consortium invites 1 to 3 partners");
    }
    members.add(ConsortiumMember.lead(this, lead, leadShare, now));
    partners.forEach(partner -> invite(partner, now));
    requireWholeShares();
    updatedAt = now;
  }

  /** A firm invited with the work share the lead proposes for it. */
  public record Invitation(Organisation firm, WorkShare share) {}

  /**
   * The invited firm accepts; the last acceptance forms the consortium.
   *
   * @return whether this acceptance formed it
   */
  public boolean accept(long firmId, Instant now) {
    ConsortiumMember member = pendingAnswerOf(firmId, now);
    member.accept(now);
    if (members.stream().allMatch(m -> m.invitation() == InvitationStatus.ACCEPTED)) {
      status = ConsortiumStatus.FORMED;
    }
    updatedAt = now;
    return status == ConsortiumStatus.FORMED;
  }

  /** The invited firm declines; the consortium stays proposed until the lead replaces it. */
  public void decline(long firmId, String reason, Instant now) {
    pendingAnswerOf(firmId, now).decline(reason, now);
    updatedAt = now;
  }

  /**
   * The lead invites another firm in the place of one that declined, and may give the remaining
   * members new shares ({@code reshares}, by firm id) so that all shares add up to 100 again.
   */
  public ConsortiumMember replace(
      long declinedFirmId, Invitation newcomer, Map<Long, BigDecimal> reshares, Instant now) {
    ConsortiumMember declined = declined(declinedFirmId, now);
    if (member(newcomer.firm().id()).isPresent()) {
      throw new IllegalArgumentException("Already a member: " + newcomer.firm().id());
    }
    members.remove(declined);
    ConsortiumMember invited = invite(newcomer, now);
    reshares.forEach(
        (firmId, percent) ->
            member(firmId)
                .filter(m -> m != invited)
                .orElseThrow(() -> new IllegalArgumentException("Not a member: " + firmId))
                .reshare(percent));
    requireWholeShares();
    updatedAt = now;
    return invited;
  }

  /**
   * The member that declined, while the lead may still replace it: the consortium is proposed and
   * the entry phase open.
   */
  public ConsortiumMember declined(long firmId, Instant now) {
    requireProposed();
    requireEntriesOpen(tender, now);
    ConsortiumMember declined =
        member(firmId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    if (declined.invitation() != InvitationStatus.DECLINED) {
      throw new ProblemException(ProblemType.CONFLICT, "consortium.refused.notDeclined");
    }
    return declined;
  }

  /** The lead ends the partnership; it no longer binds its firms for this tender. */
  public void dissolve(Instant now) {
    if (status == ConsortiumStatus.DISSOLVED) {
      throw new ProblemException(ProblemType.PHASE_CONFLICT, "consortium.refused.dissolved");
    }
    requireEntriesOpen(tender, now);
    status = ConsortiumStatus.DISSOLVED;
    updatedAt = now;
  }

  private ConsortiumMember invite(Invitation partner, Instant now) {
    if (partner.firm().id() != null && partner.firm().id().equals(lead.id())) {
      throw new IllegalArgumentException("The lead cannot invite itself");
    }
    ConsortiumMember member = ConsortiumMember.invited(this, partner.firm(), partner.share(), now);
    members.add(member);
    return member;
  }

  private ConsortiumMember pendingAnswerOf(long firmId, Instant now) {
    ConsortiumMember member =
        member(firmId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    if (!member.isPending()) {
      throw new ProblemException(ProblemType.CONFLICT, "consortium.refused.answered");
    }
    requireProposed();
    requireEntriesOpen(tender, now);
    return member;
  }

  private void requireProposed() {
    if (status != ConsortiumStatus.PROPOSED) {
      throw new ProblemException(
          ProblemType.PHASE_CONFLICT,
          status == ConsortiumStatus.DISSOLVED
              ? "consortium.refused.dissolved"
              : "consortium.refused.formed");
    }
  }

  /** Consortia are proposed, answered and changed only while the tender takes entries. */
  public static void requireEntriesOpen(Tender tender, Instant now) {
    if (!tender.acceptsEntries(now)) {
      throw new ProblemException(
          tender.status() == TenderStatus.PUBLISHED
              ? ProblemType.DEADLINE_PASSED
              : ProblemType.PHASE_CONFLICT,
          "consortium.refused.entryClosed");
    }
  }

  private void requireWholeShares() {
    BigDecimal total = total(members.stream().map(ConsortiumMember::sharePercent).toList());
    if (total.compareTo(WorkShare.WHOLE) != 0) {
      throw ProblemException.invalid(
          List.of(new InvalidField("shares", "consortium.field.sharesTotal", total)));
    }
  }

  /** The sum of the given shares. */
  public static BigDecimal total(Collection<BigDecimal> shares) {
    return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public Optional<ConsortiumMember> member(long firmId) {
    return members.stream().filter(m -> m.isFirm(firmId)).findFirst();
  }

  public boolean isLedBy(long firmId) {
    return lead.id() == firmId;
  }

  /** Whether the firm is in it or invited to it, whatever its answer. */
  public boolean involves(long firmId) {
    return member(firmId).isPresent();
  }

  /** The firms other than the lead, whatever their answer. */
  public Set<Long> partnerIds() {
    Set<Long> ids = new TreeSet<>();
    members.stream()
        .filter(m -> m.role() == MemberRole.MEMBER)
        .forEach(m -> ids.add(m.organisation().id()));
    return ids;
  }

  /** Every firm in it or invited to it, the lead included. */
  public Set<Long> firmIds() {
    Set<Long> ids = new TreeSet<>();
    members.forEach(m -> ids.add(m.organisation().id()));
    return ids;
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

  public Organisation lead() {
    return lead;
  }

  public ConsortiumStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<ConsortiumMember> members() {
    return List.copyOf(members);
  }
}
