package nl.kringkoop.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The language of the page being rendered: the visitor's choice, Dutch by default. */
@Named("language")
@RequestScoped
public class LanguageSelection {

  @Inject HttpServletRequest request;

  public Locale getLocale() {
    return LanguageFilter.chosenLanguage(request);
  }

  public String getTag() {
    return getLocale().getLanguage();
  }

  public boolean isDutch() {
    return Messages.DUTCH.equals(getLocale());
  }
}
