package nl.kringkoop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.kringkoop.identity.control.SignInResult;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;

/** The login page: signs a person in through Jakarta Security and sends them on. */
@Named
@RequestScoped
public class LoginForm {

  @Inject SecurityContext securityContext;

  @Inject LanguageSelection language;

  @Inject CurrentUser currentUser;

  private String username;
  private String password;
  private String next;

  /** Someone who is already signed in does not need the form. */
  public void redirectIfSignedIn() throws IOException {
    if (currentUser.isSignedIn()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      external.redirect(external.getRequestContextPath() + currentUser.getStartPage());
      faces.responseComplete();
    }
  }

  public String signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SUCCESS) {
      SignedInCaller caller = KringkoopAuthentication.sessionCaller(request);
      String start = StartPages.forRoles(caller.roles());
      external.redirect(external.getRequestContextPath() + StartPages.safeReturn(next, start));
      faces.responseComplete();
      return null;
    }
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
      return null;
    }
    Object result = request.getAttribute(KringkoopAuthentication.SIGN_IN_RESULT);
    String text =
        result instanceof SignInResult.Throttled throttled
            ? Messages.get(language.getLocale(), "login.throttled", throttled.minutes())
            : Messages.get(language.getLocale(), "login.failed");
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    password = null;
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
