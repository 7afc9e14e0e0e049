package nl.kringkoop.supplier.entity;

import java.math.BigDecimal;

/**
 * Company size by the EU definition (Recommendation 2003/361), on staff headcount and annual
 * turnover: both limits of a class must hold.
 */
public enum SizeClass {
  MICRO(10, new BigDecimal("2000000")),
  SMALL(50, new BigDecimal("10000000")),
  MEDIUM(250, new BigDecimal("50000000")),
  LARGE(Integer.MAX_VALUE, null);

  private final int staffBelow;
  private final BigDecimal turnoverAtMost;

  SizeClass(int staffBelow, BigDecimal turnoverAtMost) {
    this.staffBelow = staffBelow;
    this.turnoverAtMost = turnoverAtMost;
  }

  public static SizeClass of(int employees, BigDecimal annualTurnover) {
    for (SizeClass size : values()) {
      if (size.fits(employees, annualTurnover)) {
        return size;
      }
    }
    return LARGE;
  }

  /** Micro, small and medium firms together: the SME share in reports. */
  public boolean isSme() {
    return this != LARGE;
  }

  private boolean fits(int employees, BigDecimal annualTurnover) {
    return employees < staffBelow
        && (turnoverAtMost == null || annualTurnover.compareTo(turnoverAtMost) <= 0);
  }
}
