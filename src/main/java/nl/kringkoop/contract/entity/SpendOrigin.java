package nl.kringkoop.contract.entity;

/** How an invoice reached the platform. */
public enum SpendOrigin {
  MANUAL,
  IMPORT
}
