package nl.kringkoop.partnership.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * A lead's proposal as JSON: the partners it invites, each with the work package it would cover and
 * its share of the value in percent, and the lead's own work package and share.
 */
public class ConsortiumForm {
  public List<PartnerEntry> partners;
  public String leadWorkPackage;
  public BigDecimal leadSharePercent;

  /** One invited firm (a supplier organisation id) with its work package and share. */
  public static class PartnerEntry {
    public Long supplierId;
    public String workPackage;
    public BigDecimal sharePercent;

    public PartnerEntry() {}

    public PartnerEntry(Long supplierId, String workPackage, BigDecimal sharePercent) {
      this.supplierId = supplierId;
      this.workPackage = workPackage;
      this.sharePercent = sharePercent;
    }
  }
}
