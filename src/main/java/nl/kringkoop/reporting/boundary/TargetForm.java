package nl.kringkoop.reporting.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** What the targets form holds: four percentages and the version they were read at. */
public class TargetForm implements Serializable {
  private static final long serialVersionUID = 1L;
  BigDecimal circular;
  BigDecimal local;
  BigDecimal sme;
  BigDecimal social;
  Long version;

  public BigDecimal getCircular() {
    return circular;
  }

  public void setCircular(BigDecimal circular) {
    this.circular = circular;
  }

  public BigDecimal getLocal() {
    return local;
  }

  public void setLocal(BigDecimal local) {
    this.local = local;
  }

  public BigDecimal getSme() {
    return sme;
  }

  public void setSme(BigDecimal sme) {
    this.sme = sme;
  }

  public BigDecimal getSocial() {
    return social;
  }

  public void setSocial(BigDecimal social) {
    this.social = social;
  }
}
