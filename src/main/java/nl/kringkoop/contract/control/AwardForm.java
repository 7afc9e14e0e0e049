package nl.kringkoop.contract.control;

/**
 * What the award itself does not say and the officer adds when turning it into contracts: the
 * buying department, the period ({@code 2026-01-01}) and the R-strategy the work delivers.
 */
public class AwardForm {
  public String department;
  public String startsOn;
  public String endsOn;
  public String rStrategy;
}
