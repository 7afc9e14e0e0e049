package nl.kringkoop.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.ApiTokens;
import nl.kringkoop.identity.control.SignIn;
import nl.kringkoop.identity.control.SignInResult;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.UserAccount;

/**
 * The application's one authentication mechanism. The API ({@code /api/}) authenticates each call
 * by bearer token and never by session cookie, which keeps it immune to cross-site request forgery;
 * web pages use the session established by the login form.
 */
@ApplicationScoped
public class KringkoopAuthentication implements HttpAuthenticationMechanism {

  /** Request attribute holding the account this request's session was checked against. */
  static final String CHECKED_ACCOUNT = KringkoopAuthentication.class.getName() + ".account";

  static final String SESSION_CALLER = "kringkoop.caller";
  static final String SIGN_IN_RESULT = "kringkoop.signInResult";
  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String BEARER = "Bearer ";

  @Inject ApiTokens tokens;

  @Inject Accounts accounts;

  @Inject SignIn signIn;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (isApi(request)) {
      return bearerToken(request)
          .flatMap(tokens::resolve)
          .map(caller -> context.notifyContainerAboutLogin(caller.username(), caller.roles()))
          .orElseGet(context::doNothing);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (credential instanceof UsernamePasswordCredential form) {
      return signInFromForm(request, context, form);
    }
    SignedInCaller caller = sessionCaller(request);
    if (caller != null && isResource(request)) {
      return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }
    Optional<UserAccount> account =
        caller == null
            ? Optional.empty()
            : accounts.findByUsername(caller.username()).filter(UserAccount::isEnabled);
    if (account.isPresent()) {
      request.setAttribute(CHECKED_ACCOUNT, account.get()); // CurrentUser needs no second look-up
      return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }
    if (caller != null) {
      // The account was removed or disabled since sign-in: the session no longer counts.
      request.getSession().invalidate();
    }
    if (context.isProtected()) {
      return context.redirect(loginUrl(request));
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus signInFromForm(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    SignInResult result = signIn.attempt(form.getCaller(), form.getPasswordAsString(), "web");
    request.setAttribute(SIGN_IN_RESULT, result);
    if (result instanceof SignInResult.Succeeded succeeded) {
      // A new session id on sign-in defeats session fixation.
      request.getSession(true);
      request.changeSessionId();
      request.getSession().setAttribute(SESSION_CALLER, succeeded.caller());
      return context.notifyContainerAboutLogin(
          succeeded.caller().username(), succeeded.caller().roles());
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** Style sheets and scripts: served to anyone, no need to look the caller up again. */
  static boolean isResource(HttpServletRequest request) {
    return request
        .getRequestURI()
        .startsWith(request.getContextPath() + "/jakarta.faces.resource/");
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER.length()).strip());
  }

  static SignedInCaller sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInCaller) session.getAttribute(SESSION_CALLER);
  }

  private static String loginUrl(HttpServletRequest request) {
    String target = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      target += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + LOGIN_PAGE
        + "?next="
        + URLEncoder.encode(target, StandardCharsets.UTF_8);
  }
}
