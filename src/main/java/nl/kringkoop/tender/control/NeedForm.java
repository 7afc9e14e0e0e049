package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.util.List;
import nl.kringkoop.platform.money.Money;

/**
 * A need as written by an officer, in the wizard or as JSON. Unchecked: {@link TenderRules} turns
 * it into a need description or reports every mistake at once. Times are ISO-8601 with an offset or
 * zone ({@code 2026-12-01T12:00:00Z}); without one they are read as Dutch local time.
 */
public class NeedForm {
  public Long version;
  public String title;
  public String ambition;
  public String scope;
  public String circularGoal;
  public String purchaseKind;
  public String location;
  public Money maxBudget;
  public Money estimatedValue;
  public BigDecimal socialReturnPercent;
  public Integer priceWeight;
  public List<CriterionEntry> criteria;
  public String procedureType;
  public List<String> cpvCodes;
  public List<String> rStrategies;
  public List<LotEntry> lots;
  public String entryDeadline;
  public String dialogueStart;
  public String dialogueEnd;
  public String offerDeadline;

  /** Certificates a firm must hold (CertificationKind names); matching leaves others out. */
  public List<String> requiredCertifications;

  /** Certificates that count in a firm's favour when matching. */
  public List<String> preferredCertifications;

  /** Whether a firm's service area must reach the place of the work. */
  public Boolean serviceAreaRequired;

  /** A quality criterion and its weight in percent. */
  public static class CriterionEntry {
    public String name;
    public Integer weight;

    public CriterionEntry() {}

    public CriterionEntry(String name, Integer weight) {
      this.name = name;
      this.weight = weight;
    }
  }

  /** A lot with its own ceiling and CPV codes. */
  public static class LotEntry {
    public String title;
    public List<String> cpvCodes;
    public Money maxBudget;
  }
}
