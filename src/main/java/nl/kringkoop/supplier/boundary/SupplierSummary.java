package nl.kringkoop.supplier.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * A supplier as one row of search results. {@code contact} is present only for officers and
 * administrators, as on the full profile ({@link SupplierView}).
 */
public record SupplierSummary(
    long id,
    String name,
    String kvkNumber,
    Place municipality,
    String sizeClass,
    int employees,
    boolean socialEnterprise,
    String psoLevel,
    List<String> cpvCodes,
    List<String> rStrategies,
    SupplierView.Verification verification,
    Instant updatedAt,
    SupplierView.Contact contact) {

  static SupplierSummary of(
      SupplierProfile profile, Map<String, String> municipalityNames, boolean withContact) {
    var social = profile.socialEnterprise();
    String code = profile.organisation().location().map(Object::toString).orElse(null);
    return new SupplierSummary(
        profile.id(),
        profile.organisation().name(),
        profile.organisation().kvkNumber().map(Object::toString).orElse(null),
        code == null ? null : new Place(code, municipalityNames.get(code)),
        profile.sizeClass().name(),
        profile.employees(),
        social.claimed(),
        social.psoLevel() == null ? null : social.psoLevel().code(),
        profile.cpvCodes().stream().map(Object::toString).toList(),
        profile.rStrategies().stream().map(RStrategy::name).toList(),
        SupplierView.Verification.of(profile),
        profile.updatedAt(),
        withContact ? SupplierView.Contact.of(profile.contact()) : null);
  }

  /** A municipality by CBS code and name. */
  public record Place(String code, String name) {}
}
