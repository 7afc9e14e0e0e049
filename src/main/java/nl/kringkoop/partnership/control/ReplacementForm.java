package nl.kringkoop.partnership.control;

import java.math.BigDecimal;
import java.util.List;

/**
 * The lead's replacement of a firm that declined, as JSON: the firm invited instead ({@code
 * supplierId}) with its work package and share, new shares for remaining members where they change
 * ({@code shares}), and optionally the {@code version} the lead started from.
 */
public class ReplacementForm {
  public Long supplierId;
  public String workPackage;
  public BigDecimal sharePercent;
  public List<ShareEntry> shares;
  public Long version;

  /** A remaining member's new share. */
  public static class ShareEntry {
    public Long supplierId;
    public BigDecimal sharePercent;

    public ShareEntry() {}

    public ShareEntry(Long supplierId, BigDecimal sharePercent) {
      this.supplierId = supplierId;
      this.sharePercent = sharePercent;
    }
  }
}
