package nl.kringkoop.identity.boundary;

import java.util.Set;

/** Where each role lands after signing in, and which return addresses are safe to follow. */
public final class StartPages {

  public static final String OFFICER = "/officer/index.xhtml";
  public static final String SUPPLIER = "/supplier/index.xhtml";
  public static final String ANALYST = "/analyst/index.xhtml";
  public static final String ADMIN = "/admin/index.xhtml";
  public static final String PUBLIC = "/index.xhtml";

  private StartPages() {}

  /** The start page for a set of roles; the most powerful role decides. */
  public static String forRoles(Set<String> roles) {
    if (roles.contains("ADMIN")) {
      return ADMIN;
    }
    if (roles.contains("OFFICER")) {
      return OFFICER;
    }
    if (roles.contains("ANALYST")) {
      return ANALYST;
    }
    if (roles.contains("SUPPLIER")) {
      return SUPPLIER;
    }
    return PUBLIC;
  }

  /**
   * Follows a return address only when it is a path inside this application, so the login page
   * cannot be used to send people to another site.
   */
  public static String safeReturn(String next, String fallback) {
    if (next == null
        || next.isBlank()
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("\r")
        || next.contains("\n")
        || next.startsWith(KringkoopAuthentication.LOGIN_PAGE)
        || next.startsWith("/api/")) {
      return fallback;
    }
    return next;
  }
}
