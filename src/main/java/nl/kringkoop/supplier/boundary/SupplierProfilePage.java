package nl.kringkoop.supplier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.supplier.control.Colleague;
import nl.kringkoop.supplier.control.ProfileCompleteness;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.control.Suppliers;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * A firm's own profile page: edit what it tells about itself, see how complete that is, give
 * colleagues an account, or remove the firm's account.
 */
@Named
@ViewScoped
public class SupplierProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String FORM = "profile";
  private static final String COLLEAGUE_FORM = "colleague";

  @Inject Suppliers suppliers;

  @Inject CpvCatalogue cpv;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private long organisationId;
  private long version;
  private String kvkNumber;
  private boolean kvkVerified;
  private boolean socialVerified;
  private String sizeClass;
  private ProfileCompleteness.Result completeness;
  private List<ColleagueView> colleagues;
  private ProfileForm form;
  private String colleagueName;
  private String colleagueEmail;
  private String colleaguePassword;
  private String removalConfirmation;

  @PostConstruct
  void load() {
    organisationId = caller().organisationId();
    SupplierProfile profile =
        suppliers
            .profile(organisationId)
            .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    take(profile);
    colleagues =
        suppliers.colleagues(organisationId, caller()).stream().map(ColleagueView::of).toList();
  }

  private void take(SupplierProfile profile) {
    version = profile.version();
    kvkNumber = profile.organisation().kvkNumber().map(Object::toString).orElse("");
    kvkVerified = profile.kvkVerified();
    socialVerified = profile.socialVerified();
    sizeClass = profile.sizeClass().name();
    completeness = suppliers.completeness(profile);
    form = ProfileForm.of(profile, cpv, language.getLocale());
  }

  public void save() {
    Registration change = form.toRegistration();
    try {
      take(suppliers.change(organisationId, version, change, caller()));
      FormMessages.info("profile.saved", language.getLocale());
    } catch (ProblemException refused) {
      FormMessages.show(refused, FORM, language.getLocale());
    } catch (OptimisticLockException stale) {
      FormMessages.show(ProblemException.of(ProblemType.STALE_VERSION), FORM, language.getLocale());
    }
  }

  public ProfileCompleteness.Result getCompleteness() {
    return completeness;
  }

  public List<ColleagueView> getColleagues() {
    return colleagues;
  }

  public void addColleague() {
    try {
      suppliers.addColleague(
          organisationId,
          new Colleague(colleagueName, colleagueEmail, colleaguePassword),
          caller());
      colleagues =
          suppliers.colleagues(organisationId, caller()).stream().map(ColleagueView::of).toList();
      colleagueName = null;
      colleagueEmail = null;
      FormMessages.info("profile.colleagueAdded", language.getLocale());
    } catch (ProblemException refused) {
      FormMessages.show(refused, COLLEAGUE_FORM, language.getLocale());
    } finally {
      colleaguePassword = null;
    }
  }

  /** Removes the firm after the user typed its KVK number, then signs out. */
  public void removeAccount() throws IOException, ServletException {
    if (removalConfirmation == null || !removalConfirmation.strip().equals(kvkNumber)) {
      FormMessages.info("profile.removeNotConfirmed", language.getLocale());
      return;
    }
    suppliers.remove(organisationId, caller());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + "/login.xhtml?removed=true");
  }

  private SignedInCaller caller() {
    return currentUser
        .account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  public ProfileForm getForm() {
    return form;
  }

  public String getKvkNumber() {
    return kvkNumber;
  }

  public boolean isKvkVerified() {
    return kvkVerified;
  }

  /** The EU size class that follows from the saved headcount and turnover. */
  public String getSizeClass() {
    return sizeClass;
  }

  public boolean isSocialVerified() {
    return socialVerified;
  }

  public String getColleagueName() {
    return colleagueName;
  }

  public void setColleagueName(String colleagueName) {
    this.colleagueName = colleagueName;
  }

  public String getColleagueEmail() {
    return colleagueEmail;
  }

  public void setColleagueEmail(String colleagueEmail) {
    this.colleagueEmail = colleagueEmail;
  }

  public String getColleaguePassword() {
    return colleaguePassword;
  }

  public void setColleaguePassword(String colleaguePassword) {
    this.colleaguePassword = colleaguePassword;
  }

  public String getRemovalConfirmation() {
    return removalConfirmation;
  }

  public void setRemovalConfirmation(String removalConfirmation) {
    this.removalConfirmation = removalConfirmation;
  }
}
