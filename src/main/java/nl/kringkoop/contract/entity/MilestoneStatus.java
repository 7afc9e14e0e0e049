package nl.kringkoop.contract.entity;

/** A milestone is planned until someone records it as reached. */
public enum MilestoneStatus {
  PLANNED,
  DONE
}
