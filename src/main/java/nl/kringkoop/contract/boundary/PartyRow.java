package nl.kringkoop.contract.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** One firm on the new-contract form: which firm, its role and its share. */
public class PartyRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long supplierId;
  private String role;
  private BigDecimal sharePercent;

  public PartyRow() {}

  PartyRow(String role) {
    this.role = role;
  }

  public Long getSupplierId() {
    return supplierId;
  }

  public void setSupplierId(Long supplierId) {
    this.supplierId = supplierId;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public BigDecimal getSharePercent() {
    return sharePercent;
  }

  public void setSharePercent(BigDecimal sharePercent) {
    this.sharePercent = sharePercent;
  }
}
