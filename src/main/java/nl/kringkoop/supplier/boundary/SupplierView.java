package nl.kringkoop.supplier.boundary;

import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.ProjectReference;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * A supplier's profile as the API shows it. {@code contact} is present only for callers who may see
 * it: officers, administrators and the firm's own users.
 */
public record SupplierView(
    long id,
    long version,
    String kvkNumber,
    String name,
    String municipalityCode,
    String sizeClass,
    int employees,
    Money annualTurnover,
    Social socialEnterprise,
    List<String> cpvCodes,
    List<String> rStrategies,
    String serviceArea,
    String description,
    Money maxContractValue,
    LocalDate availableFrom,
    LocalDate availableUntil,
    List<CertificationView> certifications,
    List<ReferenceView> references,
    Verification verification,
    Contact contact) {

  public static SupplierView of(SupplierProfile profile, boolean withContact) {
    var social = profile.socialEnterprise();
    return new SupplierView(
        profile.id(),
        profile.version(),
        profile.organisation().kvkNumber().map(Object::toString).orElse(null),
        profile.organisation().name(),
        profile.organisation().location().map(Object::toString).orElse(null),
        profile.sizeClass().name(),
        profile.employees(),
        Money.euros(profile.annualTurnover()),
        new Social(
            social.claimed(),
            social.csoRegistered(),
            social.psoLevel() == null ? null : social.psoLevel().code(),
            social.targetGroupPercent()),
        profile.cpvCodes().stream().map(Object::toString).toList(),
        profile.rStrategies().stream().map(RStrategy::name).toList(),
        profile.serviceArea().name(),
        profile.description(),
        profile.maxContractValue() == null ? null : Money.euros(profile.maxContractValue()),
        profile.availableFrom(),
        profile.availableUntil(),
        profile.certifications().stream().map(CertificationView::of).toList(),
        profile.references().stream().map(ReferenceView::of).toList(),
        Verification.of(profile),
        withContact ? Contact.of(profile.contact()) : null);
  }

  /** Social enterprise claim. */
  public record Social(
      boolean claimed,
      boolean csoRegistered,
      String psoLevel,
      java.math.BigDecimal targetGroupPercent) {}

  /**
   * What an administrator has checked; {@code unverifiedClaims} names what the firm states that
   * nobody has checked yet ({@code kvkNumber}, {@code socialEnterprise}).
   */
  public record Verification(
      boolean kvkChecked, boolean socialEnterpriseChecked, List<String> unverifiedClaims) {

    static Verification of(SupplierProfile profile) {
      List<String> unverified = new java.util.ArrayList<>();
      if (!profile.kvkVerified()) {
        unverified.add("kvkNumber");
      }
      if (profile.socialEnterprise().claimed() && !profile.socialVerified()) {
        unverified.add("socialEnterprise");
      }
      return new Verification(profile.kvkVerified(), profile.socialVerified(), unverified);
    }
  }

  /** A certificate as stated by the firm. */
  public record CertificationView(String kind, String name, Integer level, LocalDate expiresOn) {
    static CertificationView of(Certification certification) {
      return new CertificationView(
          certification.kind().name(),
          certification.name(),
          certification.level(),
          certification.expiresOn());
    }
  }

  /** A past project the firm names. */
  public record ReferenceView(
      String buyer, int year, Money value, String cpvCode, String circularAspect) {
    static ReferenceView of(ProjectReference reference) {
      return new ReferenceView(
          reference.buyer(),
          reference.year(),
          reference.value() == null ? null : Money.euros(reference.value()),
          reference.cpvCode(),
          reference.circularAspect());
    }
  }

  /** Contact details, for officers and the firm itself. */
  public record Contact(
      String name, String email, String phone, String street, String postcode, String city) {
    static Contact of(SupplierProfile.Contact contact) {
      return new Contact(
          contact.name(),
          contact.email(),
          contact.phone(),
          contact.street(),
          contact.postcode(),
          contact.city());
    }
  }
}
