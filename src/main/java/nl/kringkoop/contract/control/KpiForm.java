package nl.kringkoop.contract.control;

import java.math.BigDecimal;

/**
 * A KPI as written: {@code name}, {@code unit}, {@code target} and {@code higherIsBetter} when the
 * officer adds it; {@code measured}, {@code measuredOn} (default today) and the {@code version}
 * read when someone records a measurement.
 */
public class KpiForm {
  public Long version;
  public String name;
  public String unit;
  public BigDecimal target;
  public Boolean higherIsBetter;
  public BigDecimal measured;
  public String measuredOn;
}
