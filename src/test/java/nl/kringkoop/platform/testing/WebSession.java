package nl.kringkoop.platform.testing;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kringkoop.platform.testing.ApiClient.Reply;

/**
 * A browser-like conversation with the JSF pages at the HTTP level: keeps the session cookie and
 * posts forms with their view state, so sign-in rules can be checked without a browser.
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern CSP_NONCE =
      Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
  private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

  private final ApiClient http;
  private String sessionId;

  public WebSession(ApiClient http) {
    this.http = http;
  }

  public String sessionId() {
    return sessionId;
  }

  public void useSessionId(String id) {
    sessionId = id;
  }

  public Reply get(String path) {
    return remember(http.send(withCookie(http.request(path)).GET()));
  }

  public Reply post(String path, Map<String, String> fields) {
    String form =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return remember(
        http.send(
            withCookie(http.request(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))));
  }

  /** Opens the login page and submits it; returns the reply to the form post. */
  public Reply signIn(String loginPath, String username, String password) {
    Reply page = get(loginPath);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("username", username);
    fields.put("password", password);
    fields.put("next", "");
    fields.put("signIn", "");
    fields.putAll(hiddenFields(page.body()));
    return post(loginPath, fields);
  }

  /**
   * The hidden fields a browser sends with every form post: the JSF view state and the nonce that
   * PrimeFaces' content security policy mode checks.
   */
  public static Map<String, String> hiddenFields(String html) {
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put("jakarta.faces.ViewState", viewState(html).orElseThrow());
    Matcher nonce = CSP_NONCE.matcher(html);
    if (nonce.find()) {
      hidden.put("primefaces.nonce", nonce.group(1));
    }
    return hidden;
  }

  public static Optional<String> viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private HttpRequest.Builder withCookie(HttpRequest.Builder builder) {
    return sessionId == null ? builder : builder.header("Cookie", "JSESSIONID=" + sessionId);
  }

  private Reply remember(Reply reply) {
    reply.response().headers().allValues("Set-Cookie").stream()
        .map(SESSION_COOKIE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1))
        .reduce((first, last) -> last)
        .ifPresent(id -> sessionId = id);
    return reply;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
