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
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
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
 * its account, while other firms and officers cannot change it; an administrator checks its KVK
 * registration and social enterprise claim, and everyone sees what is checked and what is still
 * only claimed. Runs on H2 and MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierProfileIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";

  @ArquillianResource URL deployment;

  private ApiClient api;
  private ApiClient admin;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void client() {
    api = new ApiClient(deployment);
    admin = api.signedInAs("admin", DEMO_PASSWORD);
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

  @Test
  void anAdministratorChecksTheKvkRegistrationAndEveryoneSeesIt() {
    long id = registerFirm(false);
    JsonObject before = api.signedInAs("officer", DEMO_PASSWORD).get(path(id)).json();
    assertEquals(List.of("kvkNumber"), unverified(before), "a new firm's KVK number is a claim");

    Reply verified = put(admin, id, verification(true, false));

    assertEquals(200, verified.status(), verified.toString());
    assertTrue(verified.json().getJsonObject("verification").getBoolean("kvkChecked"));
    JsonObject seen = api.signedInAs("supplier", DEMO_PASSWORD).get(path(id)).json();
    assertTrue(seen.getJsonObject("verification").getBoolean("kvkChecked"));
    assertFalse(seen.getJsonObject("verification").getBoolean("socialEnterpriseChecked"));
    assertEquals(List.of(), unverified(seen));

    JsonObject entry = auditEntryAbout(id);
    assertEquals("admin", entry.getString("actor"));
    assertEquals(
        "kvkChecked=false, socialEnterpriseChecked=false"
            + " -> kvkChecked=true, socialEnterpriseChecked=false",
        entry.getString("detail"));
    assertTrue(entry.containsKey("occurredAt"));
  }

  @Test
  void aSocialEnterpriseClaimIsMarkedUntilChecked() {
    long id = registerFirm(true);
    JsonObject before = admin.get(path(id)).json();
    assertEquals(List.of("kvkNumber", "socialEnterprise"), unverified(before));

    Reply verified = put(admin, id, verification(true, true));

    assertEquals(200, verified.status(), verified.toString());
    JsonObject after = api.signedInAs("officer", DEMO_PASSWORD).get(path(id)).json();
    assertTrue(after.getJsonObject("verification").getBoolean("socialEnterpriseChecked"));
    assertEquals(List.of(), unverified(after));
  }

  @Test
  void theSocialCheckOfAFirmThatMakesNoClaimIsRefusedAndNothingChanges() {
    long id = registerFirm(false);

    Reply refused = put(admin.inLanguage("en"), id, verification(true, true));

    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("socialEnterpriseChecked", error.getString("field"));
    assertTrue(error.getString("message").contains("social enterprise"), error::toString);
    assertFalse(
        admin.get(path(id)).json().getJsonObject("verification").getBoolean("kvkChecked"),
        "nothing half-stored");

    Reply missing = put(admin, id, "{\"kvkChecked\":true}");
    assertEquals(400, missing.status(), missing.toString());
    assertEquals(
        "socialEnterpriseChecked",
        missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void onlyAdministratorsMayVerify() {
    long id = registerFirm(true);

    assertEquals(
        403, put(api.signedInAs("supplier", DEMO_PASSWORD), id, verification(true, true)).status());
    assertEquals(
        403, put(api.signedInAs("officer", DEMO_PASSWORD), id, verification(true, true)).status());
    assertEquals(401, put(api, id, verification(true, true)).status());
    assertEquals(404, put(admin, 999_999_999L, verification(true, false)).status());
    assertEquals(List.of("kvkNumber", "socialEnterprise"), unverified(admin.get(path(id)).json()));
  }

  @Test
  void aStaleVersionIsAConflict() {
    long id = registerFirm(false);
    long version = admin.get(path(id)).json().getJsonNumber("version").longValue();
    assertEquals(200, put(admin, id, withVersion(true, version)).status());

    Reply stale = put(admin, id, withVersion(false, version));

    assertEquals(409, stale.status(), stale.toString());
    assertTrue(admin.get(path(id)).json().getJsonObject("verification").getBoolean("kvkChecked"));
  }

  private long registerFirm(boolean social) {
    String kvk = SupplierRegistrationIT.newKvkNumber();
    var firm =
        SupplierRegistrationIT.firm(kvk, "verify-" + kvk + "@firm.example")
            .add("socialEnterprise", social);
    Reply created = api.post("api/v1/suppliers", firm.build().toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private JsonObject auditEntryAbout(long id) {
    return admin
        .get("api/v1/audit?size=50&objectType=organisation&objectId=" + id)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(entry -> "SUPPLIER_VERIFIED".equals(entry.getString("action")))
        .filter(entry -> String.valueOf(id).equals(entry.getString("objectId", "")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no audit entry for supplier " + id));
  }

  private static Reply put(ApiClient client, long id, String json) {
    return client.send(
        client
            .request(path(id) + "/verification")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static String verification(boolean kvk, boolean social) {
    return Json.createObjectBuilder()
        .add("kvkChecked", kvk)
        .add("socialEnterpriseChecked", social)
        .build()
        .toString();
  }

  private static String withVersion(boolean kvk, long version) {
    return Json.createObjectBuilder()
        .add("kvkChecked", kvk)
        .add("socialEnterpriseChecked", false)
        .add("version", version)
        .build()
        .toString();
  }

  private static List<String> unverified(JsonObject profile) {
    return profile
        .getJsonObject("verification")
        .getJsonArray("unverifiedClaims")
        .getValuesAs(JsonString::getString);
  }

  private static String path(long id) {
    return "api/v1/suppliers/" + id;
  }
}
