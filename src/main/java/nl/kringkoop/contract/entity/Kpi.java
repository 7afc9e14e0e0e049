package nl.kringkoop.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.Optional;

/** A contract's key performance indicator with its target and the latest measured value. */
@Entity
@Table(name = "contract_kpi")
public class Kpi {

  public static final int NAME_MAX = 200;
  public static final int UNIT_MAX = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "unit", nullable = false)
  private String unit;

  @Column(name = "target_value", nullable = false)
  private BigDecimal target;

  @Column(name = "higher_is_better", nullable = false)
  private boolean higherIsBetter;

  @Column(name = "measured_value")
  private BigDecimal measured;

  @Column(name = "measured_on")
  private LocalDate measuredOn;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected Kpi() {}

  Kpi(Contract contract, KpiDefinition definition, String by, Instant now) {
    this.contract = contract;
    this.name = definition.name();
    this.unit = definition.unit();
    this.target = definition.target();
    this.higherIsBetter = definition.higherIsBetter();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void record(BigDecimal value, LocalDate on, String by, Instant now) {
    this.measured = value;
    this.measuredOn = on;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** Measured and worse than the target; a KPI not yet measured is not off target. */
  public boolean isOffTarget() {
    if (measured == null) {
      return false;
    }
    int comparison = measured.compareTo(target);
    return higherIsBetter ? comparison < 0 : comparison > 0;
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

  public String name() {
    return name;
  }

  public String unit() {
    return unit;
  }

  public BigDecimal target() {
    return target;
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  public Optional<BigDecimal> measured() {
    return Optional.ofNullable(measured);
  }

  public Optional<LocalDate> measuredOn() {
    return Optional.ofNullable(measuredOn);
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
