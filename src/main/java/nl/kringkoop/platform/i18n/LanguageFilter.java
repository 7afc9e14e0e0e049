package nl.kringkoop.platform.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;

/** Remembers the language a visitor picks with {@code ?lang=nl|en} for the rest of the visit. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {

  static final String SESSION_LANGUAGE = "kringkoop.language";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String requested = request.getParameter("lang");
    if (requested != null) {
      Locale chosen = Messages.supported(Locale.forLanguageTag(requested));
      request.getSession(true).setAttribute(SESSION_LANGUAGE, chosen.getLanguage());
    }
    chain.doFilter(request, response);
  }

  /** The language chosen earlier in this visit, Dutch when none was chosen. */
  public static Locale chosenLanguage(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object chosen = session == null ? null : session.getAttribute(SESSION_LANGUAGE);
    return chosen == null
        ? Messages.DUTCH
        : Messages.supported(Locale.forLanguageTag(chosen.toString()));
  }
}
