package nl.kringkoop.contract.entity;

/** Where a contract came from: an award on the platform, or a purchase made outside it. */
public enum ContractOrigin {
  AWARD,
  MANUAL
}
