package nl.kringkoop.tender.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.tender.control.NeedForm;
import nl.kringkoop.tender.entity.Lot;

/** A lot row: title, CPV codes as picked, and its ceiling. */
public class LotRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String title;
  private List<String> cpvCodes = new ArrayList<>();
  private BigDecimal maxBudget;

  static LotRow of(Lot lot, Function<CpvCode, String> cpvLine) {
    LotRow row = new LotRow();
    row.title = lot.title();
    row.cpvCodes = new ArrayList<>(lot.cpvCodes().stream().map(cpvLine).toList());
    row.maxBudget = lot.maxBudget().orElse(null);
    return row;
  }

  /** A row nothing was written in. */
  boolean isBlank() {
    return (title == null || title.isBlank())
        && (cpvCodes == null || cpvCodes.isEmpty())
        && maxBudget == null;
  }

  NeedForm.LotEntry toEntry() {
    NeedForm.LotEntry entry = new NeedForm.LotEntry();
    entry.title = title;
    entry.cpvCodes = NeedDraft.digits(cpvCodes);
    entry.maxBudget = NeedDraft.euros(maxBudget);
    return entry;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public List<String> getCpvCodes() {
    return cpvCodes;
  }

  public void setCpvCodes(List<String> cpvCodes) {
    this.cpvCodes = cpvCodes == null ? new ArrayList<>() : new ArrayList<>(cpvCodes);
  }

  public BigDecimal getMaxBudget() {
    return maxBudget;
  }

  public void setMaxBudget(BigDecimal maxBudget) {
    this.maxBudget = maxBudget;
  }
}
