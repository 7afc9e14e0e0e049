package nl.kringkoop.supplier.entity;

/** Certificates that matching and knock-out conditions know by name; anything else is OTHER. */
public enum CertificationKind {
  /** CO2-Prestatieladder, level 1 to 5. */
  CO2_PERFORMANCE_LADDER,
  ISO_14001,
  /** Any other certificate, named by the firm. */
  OTHER
}
