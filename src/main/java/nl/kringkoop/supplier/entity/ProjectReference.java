package nl.kringkoop.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A past project a firm names as evidence of what it can do: for whom, when, how big, and what was
 * circular about it. Matching uses it as track record; it is the firm's own statement.
 */
@Embeddable
public class ProjectReference {

  @Column(name = "buyer", nullable = false)
  private String buyer;

  @Column(name = "project_year", nullable = false)
  private int year;

  @Column(name = "contract_value")
  private BigDecimal value;

  @Column(name = "cpv_code")
  private String cpvCode;

  @Column(name = "circular_aspect", nullable = false)
  private String circularAspect;

  protected ProjectReference() {}

  public ProjectReference(
      String buyer, int year, BigDecimal value, String cpvCode, String circularAspect) {
    this.buyer = Objects.requireNonNull(buyer);
    this.year = year;
    this.value = value;
    this.cpvCode = cpvCode;
    this.circularAspect = Objects.requireNonNull(circularAspect);
  }

  public String buyer() {
    return buyer;
  }

  public int year() {
    return year;
  }

  public BigDecimal value() {
    return value;
  }

  /** The CPV code (8 digits) the project falls under, when the firm gave one. */
  public String cpvCode() {
    return cpvCode;
  }

  public String circularAspect() {
    return circularAspect;
  }
}
