package nl.kringkoop.tender.entity;

/**
 * What a tender buys, in the procurement law's three kinds. Supplies and services share one EU
 * threshold and one set of quote limits; works have their own, much higher ones.
 */
public enum PurchaseKind {
  SUPPLIES,
  SERVICES,
  WORKS;

  public boolean isWorks() {
    return this == WORKS;
  }
}
