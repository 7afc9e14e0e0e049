package nl.kringkoop.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: people and API clients sign in to the running application, and everything that goes
 * wrong on the way gets the right status and a problem+json body in the caller's language. Runs on
 * embedded H2 and, when available, on MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SigningInIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";
  private static final String PROBLEM_JSON = "application/problem+json";

  @ArquillianResource URL deployment;

  private ApiClient api;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void client() {
    api = new ApiClient(deployment);
  }

  @Test
  void readinessIsUpBecauseTheDatabaseAnswers() {
    Reply ready =
        api.send(HttpRequest.newBuilder(api.uri("/health/ready").resolve("/health/ready")).GET());
    assertEquals(200, ready.status(), ready.toString());
    assertEquals("UP", ready.json().getString("status"));
    JsonObject database = ready.json().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", database.getString("name"));
    assertEquals("UP", database.getString("status"));
  }

  @Test
  void officerReceivesATokenAndSeesHerselfAndHerMunicipality() {
    Reply issued = api.post("api/v1/auth/tokens", ApiClient.credentials("officer", DEMO_PASSWORD));
    assertEquals(201, issued.status(), issued.toString());
    assertTrue(issued.header("Location").orElseThrow().endsWith("/api/v1/auth/tokens/current"));
    assertEquals("no-store", issued.header("Cache-Control").orElse(""));
    assertTrue(Instant.parse(issued.json().getString("expiresAt")).isAfter(Instant.now()));

    Reply me = api.as(issued.json().getString("token")).get("api/v1/me");
    assertEquals(200, me.status(), me.toString());
    assertEquals("officer", me.json().getString("username"));
    assertEquals(
        List.of("OFFICER"),
        me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    JsonObject organisation = me.json().getJsonObject("organisation");
    assertEquals("MUNICIPALITY", organisation.getString("kind"));
    assertEquals("GM0268", organisation.getString("code"));
    assertEquals("Gemeente Nijmegen", organisation.getString("name"));
  }

  @Test
  void eachDemoRoleSignsInWithItsOwnRole() {
    for (String role : List.of("supplier", "analyst", "admin")) {
      Reply me = api.signedInAs(role, DEMO_PASSWORD).get("api/v1/me");
      assertEquals(
          List.of(role.toUpperCase()),
          me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString));
    }
    Reply supplier = api.signedInAs("supplier", DEMO_PASSWORD).get("api/v1/me");
    JsonObject firm = supplier.json().getJsonObject("organisation");
    assertEquals("SUPPLIER", firm.getString("kind"));
    assertTrue(
        firm.getString("code").matches("\\d{8}"), "a supplier is identified by its KVK number");
  }

  @Test
  void wrongPasswordIsRefusedWithProblemDetailsInTheCallersLanguage() {
    Reply dutch = api.post("api/v1/auth/tokens", ApiClient.credentials("officer", "wrong"));
    assertProblem(dutch, 401, "urn:kringkoop:problem:invalid-credentials");
    assertEquals("Inloggen mislukt", dutch.json().getString("title"));

    Reply english =
        api.inLanguage("en-GB,en;q=0.9")
            .post("api/v1/auth/tokens", ApiClient.credentials("officer", "wrong"));
    assertProblem(english, 401, "urn:kringkoop:problem:invalid-credentials");
    assertEquals("Sign-in failed", english.json().getString("title"));
    assertEquals("en", english.header("Content-Language").orElse(""));
  }

  @Test
  void missingOrUnknownTokenIsUnauthenticated() {
    Reply none = api.get("api/v1/me");
    assertProblem(none, 401, "urn:kringkoop:problem:unauthenticated");
    assertTrue(none.header("WWW-Authenticate").orElse("").startsWith("Bearer"));

    Reply forged = api.as("not-a-real-token").get("api/v1/me");
    assertProblem(forged, 401, "urn:kringkoop:problem:unauthenticated");
  }

  @Test
  void aRoleWithoutPermissionIsForbidden() {
    Reply officer = api.signedInAs("officer", DEMO_PASSWORD).get("api/v1/audit");
    assertProblem(officer, 403, "urn:kringkoop:problem:forbidden");

    Reply admin = api.signedInAs("admin", DEMO_PASSWORD).get("api/v1/audit?size=5");
    assertEquals(200, admin.status(), admin.toString());
    assertTrue(admin.json().getInt("total") > 0);
    assertTrue(admin.json().getJsonArray("items").size() <= 5);
  }

  @Test
  void malformedJsonIsABadRequestNotAServerError() {
    assertProblem(
        api.post("api/v1/auth/tokens", "{\"username\":"),
        400,
        "urn:kringkoop:problem:malformed-request");
    assertProblem(
        api.post("api/v1/auth/tokens", "[1,2"), 400, "urn:kringkoop:problem:malformed-request");
    assertProblem(
        api.post("api/v1/auth/tokens", ""), 400, "urn:kringkoop:problem:malformed-request");
  }

  @Test
  void missingFieldsAreListedOneByOne() {
    Reply reply = api.inLanguage("en").post("api/v1/auth/tokens", "{\"username\":\"\"}");
    assertProblem(reply, 400, "urn:kringkoop:problem:validation");
    var fields =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(error -> error.getString("field"))
            .toList();
    assertEquals(List.of("password", "username"), fields);
    assertEquals(
        "must not be blank",
        reply.json().getJsonArray("errors").getJsonObject(0).getString("message"));
  }

  @Test
  void badPagingParametersAreValidationProblems() {
    Reply reply = api.signedInAs("admin", DEMO_PASSWORD).get("api/v1/audit?page=-1&size=1000");
    assertProblem(reply, 400, "urn:kringkoop:problem:validation");
    assertEquals(2, reply.json().getJsonArray("errors").size());
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    assertProblem(api.get("api/v1/no-such-thing"), 404, "urn:kringkoop:problem:not-found");
    Reply put =
        api.send(
            api.request("api/v1/auth/tokens")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    assertProblem(put, 405, "urn:kringkoop:problem:method-not-allowed");
  }

  @Test
  void repeatedFailuresPauseSignInForThatName() {
    String name = "guess-" + UUID.randomUUID();
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertProblem(
          api.post("api/v1/auth/tokens", ApiClient.credentials(name, "guess" + attempt)),
          401,
          "urn:kringkoop:problem:invalid-credentials");
    }
    Reply paused = api.post("api/v1/auth/tokens", ApiClient.credentials(name, "guess6"));
    assertProblem(paused, 429, "urn:kringkoop:problem:too-many-attempts");
    assertTrue(Integer.parseInt(paused.header("Retry-After").orElseThrow()) > 0);
  }

  @Test
  void aRevokedTokenStopsWorking() {
    ApiClient analyst = api.signedInAs("analyst", DEMO_PASSWORD);
    assertEquals(200, analyst.get("api/v1/me").status());
    assertEquals(204, analyst.delete("api/v1/auth/tokens/current").status());
    assertProblem(analyst.get("api/v1/me"), 401, "urn:kringkoop:problem:unauthenticated");
  }

  @Test
  void apiResponsesCarrySecurityHeaders() {
    Reply reply = api.get("api/v1/me");
    assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", reply.header("X-Frame-Options").orElse(""));
    assertTrue(reply.header("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    assertFalse(reply.body().contains("Exception"), "no stack traces to clients");
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    Reply openapi = api.send(HttpRequest.newBuilder(api.uri("/openapi").resolve("/openapi")).GET());
    assertEquals(200, openapi.status(), openapi.toString());
    assertTrue(openapi.body().contains("/api/v1/auth/tokens"), openapi.body());
  }

  private static void assertProblem(Reply reply, int status, String type) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(
        reply.contentType().startsWith(PROBLEM_JSON), "content type was " + reply.contentType());
    JsonObject problem = reply.json();
    assertEquals(type, problem.getString("type"));
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertTrue(problem.containsKey("errors"));
  }
}
