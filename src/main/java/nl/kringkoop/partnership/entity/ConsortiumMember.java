package nl.kringkoop.partnership.entity;

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
import java.time.Instant;
import java.util.Optional;
import nl.kringkoop.identity.entity.Organisation;

/**
 * One firm in a consortium: its role, the work package it covers, its agreed share of the value and
 * its answer to the invitation. Changed only through its {@link Consortium}.
 */
@Entity
@Table(name = "consortium_member")
public class ConsortiumMember {

  public static final int REASON_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "consortium_id")
  private Consortium consortium;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false)
  private MemberRole role;

  @Column(name = "work_package", nullable = false)
  private String workPackage;

  @Column(name = "share_percent", nullable = false)
  private BigDecimal sharePercent;

  @Enumerated(EnumType.STRING)
  @Column(name = "invitation", nullable = false)
  private InvitationStatus invitation;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "decline_reason")
  private String declineReason;

  protected ConsortiumMember() {}

  static ConsortiumMember lead(
      Consortium consortium, Organisation firm, WorkShare share, Instant now) {
    ConsortiumMember lead = new ConsortiumMember(consortium, firm, MemberRole.LEAD, share, now);
    lead.invitation = InvitationStatus.ACCEPTED;
    lead.answeredAt = now;
    return lead;
  }

  static ConsortiumMember invited(
      Consortium consortium, Organisation firm, WorkShare share, Instant now) {
    return new ConsortiumMember(consortium, firm, MemberRole.MEMBER, share, now);
  }

  private ConsortiumMember(
      Consortium consortium, Organisation firm, MemberRole role, WorkShare share, Instant now) {
    this.consortium = consortium;
    this.organisation = firm;
    this.role = role;
    this.workPackage = share.workPackage();
    this.sharePercent = share.percent();
    this.invitation = InvitationStatus.PENDING;
    this.invitedAt = now;
  }

  void accept(Instant now) {
    invitation = InvitationStatus.ACCEPTED;
    answeredAt = now;
  }

  void decline(String reason, Instant now) {
    invitation = InvitationStatus.DECLINED;
    declineReason =
        reason == null || reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX);
    answeredAt = now;
  }

  void reshare(BigDecimal percent) {
    sharePercent = new WorkShare(workPackage, percent).percent();
  }

  public boolean isFirm(long organisationId) {
    return organisation.id() == organisationId;
  }

  public boolean isPending() {
    return invitation == InvitationStatus.PENDING;
  }

  public Long id() {
    return id;
  }

  public Organisation organisation() {
    return organisation;
  }

  public MemberRole role() {
    return role;
  }

  public String workPackage() {
    return workPackage;
  }

  public BigDecimal sharePercent() {
    return sharePercent;
  }

  public InvitationStatus invitation() {
    return invitation;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Optional<Instant> answeredAt() {
    return Optional.ofNullable(answeredAt);
  }

  public Optional<String> declineReason() {
    return Optional.ofNullable(declineReason);
  }
}
