package nl.kringkoop.contract.entity;

/** A contract runs until it is completed or ended early. */
public enum ContractStatus {
  ACTIVE,
  COMPLETED,
  TERMINATED
}
