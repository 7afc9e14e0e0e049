package nl.kringkoop.tender.entity;

/** The intended award decision for one offer. */
public enum AwardOutcome {
  WINNER,
  NOT_WINNER
}
