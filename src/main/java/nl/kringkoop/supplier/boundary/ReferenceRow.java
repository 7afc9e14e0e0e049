package nl.kringkoop.supplier.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.entity.ProjectReference;

/** One editable past-project line of the profile form. */
public class ReferenceRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String buyer;
  private Integer year;
  private BigDecimal value;
  private String cpvCode;
  private String circularAspect;

  static ReferenceRow of(ProjectReference reference) {
    ReferenceRow row = new ReferenceRow();
    row.buyer = reference.buyer();
    row.year = reference.year();
    row.value = reference.value();
    row.cpvCode = reference.cpvCode();
    row.circularAspect = reference.circularAspect();
    return row;
  }

  Registration.ReferenceEntry toEntry() {
    return new Registration.ReferenceEntry(
        buyer, year, ProfileForm.euros(value), cpvCode, circularAspect);
  }

  public String getBuyer() {
    return buyer;
  }

  public void setBuyer(String buyer) {
    this.buyer = buyer;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getCpvCode() {
    return cpvCode;
  }

  public void setCpvCode(String cpvCode) {
    this.cpvCode = cpvCode;
  }

  public String getCircularAspect() {
    return circularAspect;
  }

  public void setCircularAspect(String circularAspect) {
    this.circularAspect = circularAspect;
  }
}
