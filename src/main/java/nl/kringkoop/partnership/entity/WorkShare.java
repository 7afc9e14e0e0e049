package nl.kringkoop.partnership.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one member takes on: a work package in words and its agreed share of the value in percent
 * (more than 0, at most 100, at most two decimals). Invalid values cannot exist past here.
 */
public record WorkShare(String workPackage, BigDecimal percent) {

  public static final int WORK_PACKAGE_MAX = 500;
  public static final BigDecimal WHOLE = new BigDecimal("100");
  private static final int DECIMALS = 2;

  public WorkShare {
    Objects.requireNonNull(workPackage, "workPackage");
    Objects.requireNonNull(percent, "percent");
    workPackage = workPackage.strip();
    if (workPackage.isEmpty() || workPackage.length() > WORK_PACKAGE_MAX) {
      throw new IllegalArgumentException("A work package has 1 to 500 characters");
    }
    if (!isValidPercent(percent)) {
      throw new IllegalArgumentException("A share is more than 0 and at most 100: " + percent);
    }
    percent = percent.setScale(DECIMALS);
  }

  /** More than 0, at most 100, at most two decimals. */
  public static boolean isValidPercent(BigDecimal percent) {
    return percent != null
        && percent.signum() > 0
        && percent.compareTo(WHOLE) <= 0
        && percent.stripTrailingZeros().scale() <= DECIMALS;
  }
}
