package nl.kringkoop.identity.entity;

/** The roles a user can hold; the names are the Jakarta Security groups and roles. */
public enum Role {
  OFFICER,
  SUPPLIER,
  ANALYST,
  ADMIN;

  public static final String OFFICER_NAME = "OFFICER";
  public static final String SUPPLIER_NAME = "SUPPLIER";
  public static final String ANALYST_NAME = "ANALYST";
  public static final String ADMIN_NAME = "ADMIN";

  /** Which organisation kind a role belongs to: a role never crosses into another kind. */
  public boolean fits(OrganisationKind kind) {
    return switch (this) {
      case OFFICER, ANALYST -> kind == OrganisationKind.MUNICIPALITY;
      case SUPPLIER -> kind == OrganisationKind.SUPPLIER;
      case ADMIN -> kind == OrganisationKind.PLATFORM;
    };
  }
}
