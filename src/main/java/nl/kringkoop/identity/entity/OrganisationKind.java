package nl.kringkoop.identity.entity;

/** What sort of organisation takes part: a buyer, a firm, or the platform operator. */
public enum OrganisationKind {
  MUNICIPALITY,
  SUPPLIER,
  PLATFORM
}
