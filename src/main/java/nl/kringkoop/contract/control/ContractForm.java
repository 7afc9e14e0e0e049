package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.util.List;
import nl.kringkoop.platform.money.Money;

/**
 * A contract as an officer writes it, as JSON or on the page. Unchecked: {@link ContractRules}
 * turns it into terms and parties or reports every mistake at once. Dates are ISO ({@code
 * 2026-12-31}); {@code signedAt} is an instant and defaults to now. For a change of terms only the
 * terms and {@code version} count.
 */
public class ContractForm {
  public Long version;
  public String reference;
  public String title;
  public String department;
  public Money value;
  public String rStrategy;
  public String startsOn;
  public String endsOn;
  public String signedAt;
  public Long tenderId;
  public List<Long> lotIds;
  public List<PartyEntry> parties;

  /** A firm (supplier organisation id) with its role and its share of the value in percent. */
  public static class PartyEntry {
    public Long supplierId;
    public String role;
    public BigDecimal sharePercent;

    public PartyEntry() {}

    public PartyEntry(Long supplierId, String role, BigDecimal sharePercent) {
      this.supplierId = supplierId;
      this.role = role;
      this.sharePercent = sharePercent;
    }
  }
}
