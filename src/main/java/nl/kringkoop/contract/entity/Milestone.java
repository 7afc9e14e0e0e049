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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A dated step of a contract; overdue when its date has passed and it is not done. */
@Entity
@Table(name = "contract_milestone")
public class Milestone {

  public static final int TITLE_MAX = 200;
  public static final int NOTE_MAX = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private MilestoneStatus status;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  @Column(name = "note")
  private String note;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected Milestone() {}

  Milestone(Contract contract, String title, LocalDate dueOn, String by, Instant now) {
    this.contract = contract;
    this.title = title;
    this.dueOn = dueOn;
    this.status = MilestoneStatus.PLANNED;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void complete(LocalDate on, String withNote, String by, Instant now) {
    this.status = MilestoneStatus.DONE;
    this.completedOn = on;
    this.note = withNote;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void reopen(String withNote, String by, Instant now) {
    this.status = MilestoneStatus.PLANNED;
    this.completedOn = null;
    this.note = withNote;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public boolean isOverdue(LocalDate today) {
    return status == MilestoneStatus.PLANNED && today.isAfter(dueOn);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Contract contract() {
    return contract;
  }

  public String title() {
    return title;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public MilestoneStatus status() {
    return status;
  }

  public Optional<LocalDate> completedOn() {
    return Optional.ofNullable(completedOn);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
