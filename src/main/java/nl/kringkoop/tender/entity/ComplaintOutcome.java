package nl.kringkoop.tender.entity;

/** How the buyer settled a complaint filed during the standstill period. */
public enum ComplaintOutcome {
  UPHELD,
  REJECTED,
  WITHDRAWN
}
