package nl.kringkoop.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import nl.kringkoop.platform.i18n.LanguageFilter;
import nl.kringkoop.platform.i18n.Messages;

/**
 * Renders error pages without JSF, so that an error raised inside JSF (an expired view, a refused
 * form post) can never break its own error page. Shows no internals.
 */
@WebServlet(urlPatterns = "/error")
public class ErrorPageServlet extends HttpServlet {

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = LanguageFilter.chosenLanguage(request);
    Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    boolean expired = isExpiredView(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    String kind = expired ? "expired" : status == null ? "error" : "error." + status;
    if (!Messages.has(locale, kind + ".title")) {
      kind = "error";
    }
    if (expired) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    String home = request.getContextPath() + "/";
    String target = expired ? request.getContextPath() + "/login.xhtml" : home;
    String link = Messages.get(locale, expired ? "layout.signIn" : "error.back");
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    PrintWriter page = response.getWriter();
    page.println("<!DOCTYPE html>");
    page.println("<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>");
    page.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    page.println("<title>" + html(Messages.get(locale, kind + ".title")) + " · Kringkoop</title>");
    page.println(
        "<link rel=\"stylesheet\" href=\""
            + request.getContextPath()
            + "/jakarta.faces.resource/css/kringkoop.css.xhtml\"/></head><body class=\"kk-body\">");
    page.println(
        "<header class=\"kk-header\"><div class=\"kk-header-inner\"><a class=\"kk-brand\" href=\""
            + home
            + "\"><span class=\"kk-brand-name\">Kringkoop</span></a></div></header>");
    page.println("<main id=\"main\" class=\"kk-main\"><section class=\"kk-card\">");
    page.println(
        "<h1 id=\"error-heading\">" + html(Messages.get(locale, kind + ".title")) + "</h1>");
    page.println("<p id=\"error-text\">" + html(Messages.get(locale, kind + ".text")) + "</p>");
    page.println("<a class=\"kk-button\" href=\"" + target + "\">" + html(link) + "</a>");
    page.println("</section></main></body></html>");
  }

  private static boolean isExpiredView(Object error) {
    for (Throwable cause = error instanceof Throwable t ? t : null;
        cause != null;
        cause = cause.getCause()) {
      if (cause instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  static String html(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
