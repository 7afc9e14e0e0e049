package nl.kringkoop.contract.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.PartyRole;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;

/** The choices on the contract forms, labelled in the page's language. */
@Named
@RequestScoped
public class ContractChoices {

  @Inject LanguageSelection language;

  public List<SelectItem> getStrategies() {
    Locale locale = language.getLocale();
    return Arrays.stream(RStrategy.values())
        .map(r -> new SelectItem(r.name(), Messages.get(locale, "rStrategy." + r.name())))
        .toList();
  }

  public List<SelectItem> getRoles() {
    Locale locale = language.getLocale();
    return Arrays.stream(PartyRole.values())
        .map(r -> new SelectItem(r.name(), Messages.get(locale, "contract.role." + r.name())))
        .toList();
  }

  public List<SelectItem> getEndings() {
    Locale locale = language.getLocale();
    return List.of("COMPLETED", "TERMINATED").stream()
        .map(s -> new SelectItem(s, Messages.get(locale, "contract.status." + s)))
        .toList();
  }
}
