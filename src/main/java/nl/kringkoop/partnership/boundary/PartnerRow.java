package nl.kringkoop.partnership.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One firm on a partnership form: which firm, the work package it covers and its share. */
public class PartnerRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long supplierId;
  private String workPackage;
  private BigDecimal sharePercent;

  public PartnerRow() {}

  PartnerRow(Long supplierId) {
    this.supplierId = supplierId;
  }

  public Long getSupplierId() {
    return supplierId;
  }

  public void setSupplierId(Long supplierId) {
    this.supplierId = supplierId;
  }

  public String getWorkPackage() {
    return workPackage;
  }

  public void setWorkPackage(String workPackage) {
    this.workPackage = workPackage;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }

  public void setSharePercent(BigDecimal sharePercent) {
    this.sharePercent = sharePercent;
  }

  boolean isEmpty() {
    return supplierId == null
        && (workPackage == null || workPackage.isBlank())
        && sharePercent == null;
  }
}
