package nl.kringkoop.tender.entity;

/**
 * How heavy a procurement procedure the estimated value of a purchase calls for, from light to
 * heavy. The order matters: a heavier level may always be used where a lighter one is advised.
 */
public enum ProcedureLevel {
  SINGLE_QUOTE,
  MULTIPLE_QUOTE,
  NATIONAL,
  EUROPEAN;

  public boolean isAtLeast(ProcedureLevel other) {
    return compareTo(other) >= 0;
  }
}
