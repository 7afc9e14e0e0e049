package nl.kringkoop.platform.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what, when, to which object. Every column is
 * insert-only; there is no way to change an entry once written.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  private static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "organisation_id", updatable = false)
  private Long organisationId;

  @Column(name = "action_code", nullable = false, updatable = false)
  private String action;

  @Column(name = "object_type", updatable = false)
  private String objectType;

  @Column(name = "object_id", updatable = false)
  private String objectId;

  @Column(name = "detail", updatable = false, length = DETAIL_LENGTH)
  private String detail;

  protected AuditEntry() {}

  public AuditEntry(
      Instant occurredAt,
      String actor,
      Long organisationId,
      String action,
      String objectType,
      String objectId,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.organisationId = organisationId;
    this.action = action;
    this.objectType = objectType;
    this.objectId = objectId;
    this.detail =
        detail == null || detail.length() <= DETAIL_LENGTH
            ? detail
            : detail.substring(0, DETAIL_LENGTH);
  }

  public Long id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public Long organisationId() {
    return organisationId;
  }

  public String action() {
    return action;
  }

  public String objectType() {
    return objectType;
  }

  public String objectId() {
    return objectId;
  }

  public String detail() {
    return detail;
  }
}
