package nl.kringkoop.supplier.entity;

/** How far from its own municipality a firm takes on work. */
public enum ServiceArea {
  MUNICIPALITY,
  REGION,
  PROVINCE,
  NATIONAL
}
