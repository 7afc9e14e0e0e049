package nl.kringkoop.supplier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.supplier.control.Suppliers;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.SupplierProfile;

/** A supplier's profile as officers see it, with unverified claims marked. */
@Named
@RequestScoped
public class PublicProfilePage {

  @Inject Suppliers suppliers;

  @Inject CpvCatalogue cpv;

  @Inject LanguageSelection language;

  @Inject Clock clock;

  private Long id;
  private SupplierProfile profile;

  /** Loads the profile named by the {@code id} parameter; unknown ids show a not-found notice. */
  public void load() {
    profile = id == null ? null : suppliers.profile(id).orElse(null);
  }

  public SupplierProfile getProfile() {
    return profile;
  }

  /** The firm's CPV codes as "code label", in the visitor's language. */
  public List<String> getCpvLines() {
    Locale locale = language.getLocale();
    return profile.cpvCodes().stream()
        .flatMap(code -> cpv.entry(code).stream())
        .map(entry -> entry.published() + " " + cpv.label(entry, locale))
        .toList();
  }

  public boolean isExpired(Certification certification) {
    return !certification.isValidOn(LocalDate.now(clock));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
