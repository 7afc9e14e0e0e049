package nl.kringkoop.partnership.entity;

/** A consortium's life: proposed by its lead, formed when every invited firm accepted. */
public enum ConsortiumStatus {
  PROPOSED,
  FORMED,
  DISSOLVED;

  /** Whether the consortium still binds its firms for the tender. */
  public boolean isLive() {
    return this != DISSOLVED;
  }
}
