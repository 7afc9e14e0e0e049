package nl.kringkoop.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/** The language of the page being rendered: the visitor's choice, Dutch by default. */
@Named("language")
@RequestScoped
public class LanguageSelection {

  @Inject HttpServletRequest request;

  public Locale getLocale() {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(LanguageFilter.SESSION_LANGUAGE);
    return chosen == null ? Messages.DUTCH : Messages.supported(Locale.forLanguageTag(chosen.toString()));
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public boolean isDutch() {
    return Messages.DUTCH.equals(getLocale());
  }
}
