package nl.kringkoop.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.platform.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: a person signs in through the web login form. Checks the rules a browser test cannot
 * see: a new session id after sign-in, pages guarded by role on the server, forged form posts
 * refused, and no redirect to other sites.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class WebSignInIT {

  @ArquillianResource URL deployment;

  private ApiClient http;
  private WebSession web;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void browserlessSession() {
    http = new ApiClient(deployment);
    web = new WebSession(http);
  }

  @Test
  void officerSignsInGetsANewSessionAndSeesHerStartPage() {
    Reply loginPage = web.get("login.xhtml");
    assertEquals(200, loginPage.status());
    assertTrue(loginPage.body().contains("Inloggen"));
    String anonymousSession = web.sessionId();
    assertNotNull(anonymousSession, "the login form keeps its view state in a session");

    Reply signedIn = signIn("officer", "kringkoop-demo");
    assertEquals(302, signedIn.status(), signedIn.toString());
    assertTrue(signedIn.header("Location").orElseThrow().endsWith("/officer/index.xhtml"));
    assertNotEquals(
        anonymousSession, web.sessionId(), "session fixation: the id must change on sign-in");

    Reply start = web.get("officer/index.xhtml");
    assertEquals(200, start.status());
    assertTrue(start.body().contains("Gemeente Nijmegen"), "header shows the organisation");
    assertTrue(start.body().contains("Arnhem/Nijmegen"), "start page shows the region");

    WebSession fixated = new WebSession(http);
    fixated.useSessionId(anonymousSession);
    Reply withOldId = fixated.get("officer/index.xhtml");
    assertEquals(302, withOldId.status(), "the pre-login session id grants nothing");
  }

  @Test
  void pagesOfAnotherRoleAreForbidden() {
    signIn("supplier", "kringkoop-demo");
    assertEquals(200, web.get("supplier/index.xhtml").status());
    Reply officerPage = web.get("officer/index.xhtml");
    assertEquals(403, officerPage.status());
    assertTrue(officerPage.body().contains("Geen toegang"));
    assertEquals(403, web.get("admin/index.xhtml").status());
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPageAndBackAfterwards() {
    Reply guarded = web.get("analyst/index.xhtml");
    assertEquals(302, guarded.status());
    assertTrue(
        guarded
            .header("Location")
            .orElseThrow()
            .contains("login.xhtml?next=%2Fanalyst%2Findex.xhtml"));
  }

  @Test
  void wrongPasswordShowsAMessageAndSignsNobodyIn() {
    Reply refused = signIn("officer", "not-the-password");
    assertEquals(200, refused.status());
    assertTrue(refused.body().contains("De gebruikersnaam of het wachtwoord klopt niet."));
    assertEquals(302, web.get("officer/index.xhtml").status());
  }

  @Test
  void aFormPostWithoutAGenuineViewStateIsRefused() {
    Reply page = web.get("login.xhtml");
    Map<String, String> forged = new LinkedHashMap<>(WebSession.hiddenFields(page.body()));
    forged.put("login", "login");
    forged.put("username", "officer");
    forged.put("password", "kringkoop-demo");
    forged.put("signIn", "");
    forged.put("jakarta.faces.ViewState", "-1234567890:987654321");
    Reply reply = web.post("login.xhtml", forged);
    assertFalse(reply.header("Location").orElse("").contains("/officer/"), reply.toString());
    assertEquals(302, web.get("officer/index.xhtml").status(), "the forged post signed nobody in");
  }

  @Test
  void returnAddressesOutsideTheApplicationAreIgnored() {
    Reply page = web.get("login.xhtml?next=https://evil.example/steal");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("username", "analyst");
    fields.put("password", "kringkoop-demo");
    fields.put("next", "//evil.example/steal");
    fields.put("signIn", "");
    fields.putAll(WebSession.hiddenFields(page.body()));
    Reply signedIn = web.post("login.xhtml", fields);
    assertEquals(302, signedIn.status());
    assertTrue(
        signedIn.header("Location").orElseThrow().endsWith("/analyst/index.xhtml"),
        signedIn.toString());
  }

  @Test
  void pagesAreServedWithSecurityHeadersAndInEnglishOnRequest() {
    Reply english = web.get("login.xhtml?lang=en");
    assertTrue(english.body().contains("Sign in with your user name and password."));
    assertTrue(english.body().contains("lang=\"en\""));
    assertEquals("DENY", english.header("X-Frame-Options").orElse(""));
    assertTrue(
        english.header("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    assertTrue(
        web.get("login.xhtml").body().contains("Sign in with"), "the choice lasts for the visit");
  }

  private Reply signIn(String username, String password) {
    return web.signIn("login.xhtml", username, password);
  }
}
