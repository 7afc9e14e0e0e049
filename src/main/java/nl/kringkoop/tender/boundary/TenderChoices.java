package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.tender.entity.ComplaintOutcome;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import nl.kringkoop.tender.entity.TenderStatus;

/** The choices the tender pages offer, labelled in the visitor's language. */
@Named
@RequestScoped
public class TenderChoices {

  private static final int PICKER_SIZE = 15;

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  @Inject LanguageSelection language;

  /** Suggestions for the CPV picker: codes by digits or words, written as "code label". */
  public List<String> completeCpv(String query) {
    return cpv.pickerLines(query, PICKER_SIZE, language.getLocale());
  }

  /** A stored code as the picker writes it, so an edited draft shows what it showed before. */
  public String cpvLine(CpvCode code) {
    return cpv.pickerLine(code, language.getLocale());
  }

  /** The eight digits at the start of a picked "code label" line. */
  static Optional<String> cpvDigits(String line) {
    if (line == null || line.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(line.strip().split("\\s+", 2)[0]);
  }

  public List<SelectItem> getMunicipalities() {
    return regions.municipalities().stream()
        .map(m -> new SelectItem(m.code().value(), m.name() + " (" + m.code().value() + ")"))
        .toList();
  }

  public List<SelectItem> getStrategies() {
    return labelled(RStrategy.values(), "rStrategy.");
  }

  /** Certificates a need can ask for by name (not "other"). */
  public List<SelectItem> getCertificationKinds() {
    return labelled(
        new CertificationKind[] {
          CertificationKind.CO2_PERFORMANCE_LADDER, CertificationKind.ISO_14001
        },
        "certification.");
  }

  public List<SelectItem> getPurchaseKinds() {
    return labelled(PurchaseKind.values(), "purchaseKind.");
  }

  public List<SelectItem> getProcedureTypes() {
    return labelled(ProcedureType.values(), "procedure.type.");
  }

  public List<SelectItem> getStatuses() {
    return labelled(TenderStatus.values(), "tender.status.");
  }

  public List<SelectItem> getComplaintOutcomes() {
    return labelled(ComplaintOutcome.values(), "officerTender.complaint.outcome.");
  }

  private List<SelectItem> labelled(Enum<?>[] values, String keyPrefix) {
    Locale locale = language.getLocale();
    return Arrays.stream(values)
        .map(value -> new SelectItem(value.name(), Messages.get(locale, keyPrefix + value.name())))
        .toList();
  }
}
