package nl.kringkoop.supplier.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
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
 * Scenario: an administrator checks a firm's KVK registration and social enterprise claim; the
 * profile shows what is checked and what is still only claimed, the audit trail says who changed
 * what, and nobody else may set it. Runs on H2 and MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierVerificationIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";

  @ArquillianResource URL deployment;

  private ApiClient api;
  private ApiClient admin;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void clients() {
    api = new ApiClient(deployment);
    admin = api.signedInAs("admin", DEMO_PASSWORD);
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
        .get("api/v1/audit?size=50")
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
