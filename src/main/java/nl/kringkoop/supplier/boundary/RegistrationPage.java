package nl.kringkoop.supplier.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.control.Suppliers;

/**
 * The public registration form for firms. It hands everything to the same registration as the API,
 * and shows each refused field next to its input.
 */
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "registration";

  @Inject Suppliers suppliers;

  @Inject LanguageSelection language;

  private final ProfileForm form = new ProfileForm();
  private String kvkNumber;
  private String password;

  public String register() {
    Registration registration = form.toRegistration();
    registration.kvkNumber = kvkNumber;
    registration.password = password;
    try {
      suppliers.register(registration);
    } catch (ProblemException refused) {
      FormMessages.show(refused, FORM, language.getLocale());
      password = null;
      return null;
    }
    return "/login?faces-redirect=true&registered=true";
  }

  public ProfileForm getForm() {
    return form;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public void setKvkNumber(String kvkNumber) {
    this.kvkNumber = kvkNumber;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
