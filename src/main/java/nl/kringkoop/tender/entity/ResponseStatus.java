package nl.kringkoop.tender.entity;

/** Where a supplier's response stands: pitched, then selected or not, then offered or withdrawn. */
public enum ResponseStatus {
  PITCHED,
  SELECTED,
  NOT_SELECTED,
  OFFERED,
  WITHDRAWN;

  public boolean isCandidate() {
    return this == SELECTED || this == OFFERED;
  }
}
