package nl.kringkoop.supplier.boundary;

/**
 * Body of {@code POST /api/v1/suppliers/{id}/colleagues}. A class rather than a record: Payara's
 * OpenAPI scanner fails on record request bodies.
 */
public class NewColleague {
  public String name;
  public String email;
  public String password;
}
