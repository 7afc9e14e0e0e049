package nl.kringkoop.tender.entity;

import java.util.EnumSet;
import java.util.Set;
import nl.kringkoop.supplier.entity.CertificationKind;

/**
 * What a need asks of the firms that may take it on: certificates a firm must hold (a knock-out),
 * certificates that count in its favour, and whether its service area must reach the place of the
 * work (a knock-out). Matching reads these; responding is never blocked by them.
 */
public record SupplierConditions(
    Set<CertificationKind> requiredCertifications,
    Set<CertificationKind> preferredCertifications,
    boolean serviceAreaRequired) {

  public static final SupplierConditions NONE = new SupplierConditions(Set.of(), Set.of(), false);

  public SupplierConditions {
    requiredCertifications = Set.copyOf(requiredCertifications);
    preferredCertifications = Set.copyOf(preferredCertifications);
  }

  static Set<CertificationKind> parse(String stored) {
    Set<CertificationKind> kinds = EnumSet.noneOf(CertificationKind.class);
    if (stored != null && !stored.isBlank()) {
      for (String name : stored.split(",")) {
        kinds.add(CertificationKind.valueOf(name));
      }
    }
    return kinds;
  }

  static String format(Set<CertificationKind> kinds) {
    return kinds.isEmpty()
        ? null
        : String.join(",", EnumSet.copyOf(kinds).stream().map(Enum::name).toList());
  }
}
