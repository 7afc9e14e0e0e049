package nl.kringkoop.supplier.boundary;

import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.PASSWORD;
import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.firm;
import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.newKvkNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
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
 * Scenario: a registered firm keeps its profile up to date, adds a colleague and finally removes
 * its account, while other firms and officers cannot change it. Runs on H2 and MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierProfileIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";

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
  void aFirmCompletesItsProfileAndTheCompletenessRises() {
    Registered firm = register();
    JsonObject before = firm.client.get(firm.path() + "/completeness").json();

    Reply changed =
        firm.client.put(
            firm.path(),
            change(firm, firm.version)
                .add(
                    "description",
                    "Wij repareren en herstofferen kantoormeubilair uit de regio, "
                        + "zodat het tien jaar langer meegaat.")
                .add("references", Json.createArrayBuilder().add(reference(2025)))
                .build()
                .toString());

    assertEquals(200, changed.status(), changed.toString());
    JsonObject profile = changed.json();
    assertEquals(firm.version + 1, profile.getJsonNumber("version").longValue(), "one change");
    assertEquals(
        "Gemeente Wijchen", profile.getJsonArray("references").getJsonObject(0).getString("buyer"));
    assertEquals("Hersteld Meubel " + firm.kvk, profile.getString("name"));
    JsonObject after = firm.client.inLanguage("en").get(firm.path() + "/completeness").json();
    assertEquals(
        before.getInt("percent") + 25,
        after.getInt("percent"),
        "description (10) and a reference (15) were added");
    List<String> hints =
        after.getJsonArray("hints").getValuesAs(JsonObject.class).stream()
            .map(hint -> hint.getString("code"))
            .toList();
    assertFalse(hints.contains("completeness.references"));
    assertTrue(hints.contains("completeness.kvkCheck"), "only an administrator can add that");
  }

  @Test
  void aStaleVersionOrBadFieldChangesNothing() {
    Registered firm = register();
    long version = firm.version;
    assertEquals(
        200, firm.client.put(firm.path(), change(firm, version).build().toString()).status());

    Reply stale =
        firm.client.put(firm.path(), change(firm, version).add("employees", 3).build().toString());
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("urn:kringkoop:problem:stale-version", stale.json().getString("type"));

    Reply bad =
        firm.client
            .inLanguage("en")
            .put(
                firm.path(),
                change(firm, version + 1)
                    .add("employees", 3)
                    .add("references", Json.createArrayBuilder().add(reference(1800)))
                    .build()
                    .toString());
    assertEquals(400, bad.status(), bad.toString());
    assertEquals(
        "references[0].year",
        bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    JsonObject stored = firm.client.get(firm.path()).json();
    assertEquals(12, stored.getInt("employees"), "neither refused change was stored");
    assertEquals(version + 1, stored.getJsonNumber("version").longValue());
  }

  @Test
  void anotherFirmOrAnOfficerCannotChangeOrRemoveAFirm() {
    Registered firm = register();
    ApiClient otherFirm = api.signedInAs("supplier", DEMO_PASSWORD);
    ApiClient officer = api.signedInAs("officer", DEMO_PASSWORD);
    String body = change(firm, firm.version).add("employees", 400).build().toString();

    assertEquals(403, otherFirm.put(firm.path(), body).status());
    assertEquals(403, otherFirm.delete(firm.path()).status());
    assertEquals(403, otherFirm.get(firm.path() + "/completeness").status());
    assertEquals(403, otherFirm.get(firm.path() + "/colleagues").status());
    assertEquals(
        403, otherFirm.post(firm.path() + "/colleagues", colleague("x-" + firm.email)).status());
    assertEquals(403, officer.put(firm.path(), body).status(), "officers read, firms write");
    assertEquals(401, api.put(firm.path(), body).status());

    JsonObject stored = officer.get(firm.path()).json();
    assertEquals(12, stored.getInt("employees"));
    assertEquals(firm.version, stored.getJsonNumber("version").longValue());
  }

  @Test
  void aColleagueGetsAnAccountOfTheSameFirm() {
    Registered firm = register();
    String email = "collega-" + firm.kvk + "@firm.example";

    Reply added = firm.client.post(firm.path() + "/colleagues", colleague(email));

    assertEquals(201, added.status(), added.toString());
    ApiClient colleague = api.signedInAs(email, "nog een lange zin voor haar");
    JsonObject me = colleague.get("api/v1/me").json();
    assertEquals(firm.id, me.getJsonObject("organisation").getJsonNumber("id").longValue());
    List<String> names =
        firm
            .client
            .get(firm.path() + "/colleagues")
            .structure()
            .asJsonArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(c -> c.getString("email"))
            .toList();
    assertEquals(
        List.of(firm.email, email).stream().sorted().toList(), names.stream().sorted().toList());

    Reply again = firm.client.post(firm.path() + "/colleagues", colleague(email));
    assertEquals(409, again.status(), "the email address is taken now");
  }

  @Test
  void aRemovedFirmIsGoneButItsKvkNumberCanRegisterAgain() {
    Registered firm = register();

    assertEquals(204, firm.client.delete(firm.path()).status());

    assertEquals(404, api.signedInAs("officer", DEMO_PASSWORD).get(firm.path()).status());
    Reply signIn = api.post("api/v1/auth/tokens", ApiClient.credentials(firm.email, PASSWORD));
    assertEquals(401, signIn.status(), "its users are gone");
    Reply again = api.post("api/v1/suppliers", firm(firm.kvk, firm.email).build().toString());
    assertEquals(201, again.status(), "no personal data or KVK number was kept: " + again);
  }

  @Test
  void aSignedInColleagueLosesAccessWhenTheFirmIsRemoved() {
    Registered firm = register();
    String email = "weg-" + firm.kvk + "@firm.example";
    assertEquals(201, firm.client.post(firm.path() + "/colleagues", colleague(email)).status());
    WebSession colleague = new WebSession(new ApiClient(deployment));
    assertEquals(
        302, colleague.signIn("login.xhtml", email, "nog een lange zin voor haar").status());
    assertEquals(200, colleague.get("supplier/index.xhtml").status());

    assertEquals(204, firm.client.delete(firm.path()).status());

    Reply after = colleague.get("supplier/index.xhtml");
    assertEquals(302, after.status(), "the old session no longer counts");
    assertTrue(after.header("Location").orElseThrow().contains("login.xhtml"));
  }

  private Registered register() {
    String kvk = newKvkNumber();
    String email = "profiel-" + kvk + "@firm.example";
    Reply created = api.post("api/v1/suppliers", firm(kvk, email).build().toString());
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    long version = created.json().getJsonNumber("version").longValue();
    return new Registered(id, version, kvk, email, api.signedInAs(email, PASSWORD));
  }

  /** The registration body turned into a change: no KVK number or password, with a version. */
  private static JsonObjectBuilder change(Registered firm, long version) {
    return firm(firm.kvk, firm.email)
        .remove("kvkNumber")
        .remove("password")
        .add("name", "Hersteld Meubel " + firm.kvk)
        .add("version", version);
  }

  private static JsonObject reference(int year) {
    return Json.createObjectBuilder()
        .add("buyer", "Gemeente Wijchen")
        .add("year", year)
        .add("value", Json.createObjectBuilder().add("amount", 48000).add("currency", "EUR"))
        .add("cpvCode", "39100000-3")
        .add("circularAspect", "Bestaande bureaus hersteld in plaats van nieuwe gekocht")
        .build();
  }

  private static String colleague(String email) {
    return Json.createObjectBuilder()
        .add("name", "Fatima de Collega")
        .add("email", email)
        .add("password", "nog een lange zin voor haar")
        .build()
        .toString();
  }

  private record Registered(long id, long version, String kvk, String email, ApiClient client) {
    String path() {
      return "api/v1/suppliers/" + id;
    }
  }
}
