package nl.kringkoop.supplier.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.ServiceArea;

/** The choices offered by the profile forms, labelled in the visitor's language. */
@Named
@RequestScoped
public class ProfileChoices {

  private static final int PICKER_SIZE = 15;

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  @Inject LanguageSelection language;

  /** Suggestions for the CPV picker: codes by digits or words, written as "code label". */
  public List<String> completeCpv(String query) {
    return cpv.pickerLines(query, PICKER_SIZE, language.getLocale());
  }

  public List<SelectItem> getMunicipalities() {
    return regions.municipalities().stream()
        .map(m -> new SelectItem(m.code().value(), m.name() + " (" + m.code().value() + ")"))
        .toList();
  }

  public List<SelectItem> getStrategies() {
    return labelled(Arrays.stream(RStrategy.values()).map(Enum::name).toList(), "rStrategy.");
  }

  public List<SelectItem> getPsoLevels() {
    return labelled(Arrays.stream(PsoLevel.values()).map(PsoLevel::code).toList(), "pso.");
  }

  public List<SelectItem> getServiceAreas() {
    return labelled(Arrays.stream(ServiceArea.values()).map(Enum::name).toList(), "serviceArea.");
  }

  public List<SelectItem> getCertificationKinds() {
    return labelled(
        Arrays.stream(CertificationKind.values()).map(Enum::name).toList(), "certification.");
  }

  private List<SelectItem> labelled(List<String> values, String keyPrefix) {
    Locale locale = language.getLocale();
    return values.stream()
        .map(value -> new SelectItem(value, Messages.get(locale, keyPrefix + value)))
        .toList();
  }
}
