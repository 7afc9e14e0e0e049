package nl.kringkoop.contract.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the contract page's KPI forms hold: a new KPI with its target, or a measurement. */
public class KpiEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long kpiId;
  private String name;
  private String unit;
  private BigDecimal value;
  private Boolean higherIsBetter = Boolean.TRUE;
  private LocalDate date;

  void clear() {
    kpiId = null;
    name = null;
    unit = null;
    value = null;
    higherIsBetter = Boolean.TRUE;
    date = null;
  }

  public Long getKpiId() {
    return kpiId;
  }

  public void setKpiId(Long kpiId) {
    this.kpiId = kpiId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The target of a new KPI, or the value measured. */
  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public Boolean getHigherIsBetter() {
    return higherIsBetter;
  }

  public void setHigherIsBetter(Boolean higherIsBetter) {
    this.higherIsBetter = higherIsBetter;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }
}
