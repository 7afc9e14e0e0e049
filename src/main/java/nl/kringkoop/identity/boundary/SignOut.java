package nl.kringkoop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.i18n.LanguageSelection;

/** Ends the web session (a POST from the header, so another site cannot sign someone out). */
@Named
@RequestScoped
public class SignOut {

  @Inject AuditLog audit;

  @Inject LanguageSelection language;

  public void signOut() throws IOException, ServletException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String chosenLanguage = language.getTag();
    SignedInCaller caller = KringkoopAuthentication.sessionCaller(request);
    if (caller != null) {
      audit.record(AuditEvent.of(caller.username(), caller.organisationId(), "SIGN_OUT"));
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(
        external.getRequestContextPath() + "/login.xhtml?signedOut=true&lang=" + chosenLanguage);
    faces.responseComplete();
  }
}
