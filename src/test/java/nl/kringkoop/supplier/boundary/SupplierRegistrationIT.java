package nl.kringkoop.supplier.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
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
 * Scenario: a local firm registers itself through the API, signs in and sees its profile, while bad
 * input, duplicates and other firms' curiosity are refused. Runs on H2 and MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierRegistrationIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";
  static final String PASSWORD = "een lange zin als wachtwoord";

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
  void aFirmRegistersSignsInAndSeesItsOwnProfileWithContactDetails() {
    String kvk = newKvkNumber();
    String email = "info-" + kvk + "@firm.example";

    Reply created = api.post("api/v1/suppliers", firm(kvk, email).build().toString());

    assertEquals(201, created.status(), created.toString());
    JsonObject profile = created.json();
    long id = profile.getJsonNumber("id").longValue();
    assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/suppliers/" + id));
    assertEquals(kvk, profile.getString("kvkNumber"));
    assertEquals("SMALL", profile.getString("sizeClass"), "12 staff, EUR 850,000 turnover");
    assertEquals(List.of("39100000", "45210000"), strings(profile, "cpvCodes"), "sorted by code");
    assertFalse(profile.getJsonObject("verification").getBoolean("kvkChecked"));

    ApiClient firm = api.signedInAs(email, PASSWORD);
    JsonObject me = firm.get("api/v1/me").json();
    assertEquals(List.of("SUPPLIER"), strings(me, "roles"));
    assertEquals(kvk, me.getJsonObject("organisation").getString("code"));

    Reply own = firm.get("api/v1/suppliers/" + id);
    assertEquals(200, own.status(), own.toString());
    assertEquals(email, own.json().getJsonObject("contact").getString("email"));
  }

  @Test
  void otherFirmsSeeThePublicProfileButOnlyOfficersSeeContactDetails() {
    String kvk = newKvkNumber();
    Reply created =
        api.post("api/v1/suppliers", firm(kvk, "c-" + kvk + "@firm.example").build().toString());
    long id = created.json().getJsonNumber("id").longValue();

    Reply byOtherFirm = api.signedInAs("supplier", DEMO_PASSWORD).get("api/v1/suppliers/" + id);
    assertEquals(200, byOtherFirm.status(), byOtherFirm.toString());
    assertEquals(kvk, byOtherFirm.json().getString("kvkNumber"));
    assertTrue(absent(byOtherFirm.json(), "contact"), "another firm must not see contact details");

    Reply byOfficer = api.signedInAs("officer", DEMO_PASSWORD).get("api/v1/suppliers/" + id);
    assertEquals(
        "c-" + kvk + "@firm.example", byOfficer.json().getJsonObject("contact").getString("email"));

    assertEquals(
        401, api.get("api/v1/suppliers/" + id).status(), "profiles are for signed-in users");
    assertEquals(
        404, api.signedInAs("officer", DEMO_PASSWORD).get("api/v1/suppliers/999999999").status());
  }

  @Test
  void badInputIsRefusedFieldByFieldAndNothingIsStored() {
    String kvk = newKvkNumber();
    String email = "bad-" + kvk + "@firm.example";
    JsonObjectBuilder bad =
        firm(kvk, email)
            .remove("name")
            .add(
                "cpvCodes",
                Json.createArrayBuilder().add("45210000-9").add("12345678").add("45210000-2"));

    Reply refused = api.inLanguage("en").post("api/v1/suppliers", bad.build().toString());

    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    assertEquals("urn:kringkoop:problem:validation", refused.json().getString("type"));
    Map<String, String> errors = errors(refused);
    assertEquals(
        List.of("cpvCodes[0]", "cpvCodes[1]", "name"), errors.keySet().stream().sorted().toList());
    assertTrue(errors.get("cpvCodes[0]").contains("45210000-2"), errors::toString);
    assertTrue(
        errors.get("cpvCodes[1]").contains("not in the official CPV list"), errors::toString);
    assertEquals("is required", errors.get("name"));

    Reply badKvk = api.post("api/v1/suppliers", firm("1234567", "x-" + email).build().toString());
    assertEquals(400, badKvk.status());
    assertTrue(errors(badKvk).get("kvkNumber").contains("8 cijfers"), "Dutch by default");

    Reply nowGood = api.post("api/v1/suppliers", firm(kvk, email).build().toString());
    assertEquals(201, nowGood.status(), "the refused attempts stored nothing: " + nowGood);
  }

  @Test
  void aKvkNumberOrEmailThatIsTakenIsAConflictThatSaysWhatToDo() {
    String kvk = newKvkNumber();
    String email = "dup-" + kvk + "@firm.example";
    assertEquals(201, api.post("api/v1/suppliers", firm(kvk, email).build().toString()).status());

    Reply sameKvk =
        api.inLanguage("en")
            .post("api/v1/suppliers", firm(kvk, "other-" + email).build().toString());
    assertEquals(409, sameKvk.status(), sameKvk.toString());
    assertEquals("urn:kringkoop:problem:conflict", sameKvk.json().getString("type"));
    assertTrue(sameKvk.json().getString("detail").contains("Ask a colleague"));

    Reply sameEmail = api.post("api/v1/suppliers", firm(newKvkNumber(), email).build().toString());
    assertEquals(409, sameEmail.status(), sameEmail.toString());
    assertTrue(sameEmail.json().getString("detail").contains("e-mailadres"));
  }

  @Test
  void malformedJsonIsABadRequest() {
    Reply reply = api.post("api/v1/suppliers", "{\"kvkNumber\": ");
    assertEquals(400, reply.status(), reply.toString());
    assertEquals("urn:kringkoop:problem:malformed-request", reply.json().getString("type"));
  }

  @Test
  void demoFirmsHaveProfilesWithCapabilities() {
    ApiClient firm = api.signedInAs("supplier", DEMO_PASSWORD);
    long id =
        firm.get("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();

    JsonObject profile = firm.get("api/v1/suppliers/" + id).json();

    assertFalse(strings(profile, "cpvCodes").isEmpty());
    assertFalse(strings(profile, "rStrategies").isEmpty());
    assertTrue(profile.getInt("employees") >= 1);
  }

  @Test
  void thePickerFindsCpvCodesByDigitsOrWordsInTheCallersLanguage() {
    Reply byDigits = api.get("api/v1/cpv?q=4521&limit=3");
    assertEquals(200, byDigits.status(), byDigits.toString());
    assertEquals(3, byDigits.json().getJsonArray("items").size());
    assertTrue(byDigits.json().getInt("total") > 3);
    assertEquals(
        "45210000-2", byDigits.json().getJsonArray("items").getJsonObject(0).getString("code"));

    assertEquals("Bouwwerkzaamheden", api.get("api/v1/cpv/45000000").json().getString("label"));
    assertEquals(
        "Construction work",
        api.inLanguage("en").get("api/v1/cpv/45000000-7").json().getString("label"));
    assertEquals(404, api.get("api/v1/cpv/45000000-1").status(), "wrong check digit");

    Reply byWords = api.get("api/v1/cpv?q=bouwwerk");
    assertEquals(
        "45000000-7", byWords.json().getJsonArray("items").getJsonObject(0).getString("code"));
  }

  static JsonObjectBuilder firm(String kvk, String email) {
    return Json.createObjectBuilder()
        .add("kvkNumber", kvk)
        .add("name", "Testbedrijf " + kvk)
        .add("email", email)
        .add("password", PASSWORD)
        .add("municipalityCode", "GM0268")
        .add("employees", 12)
        .add(
            "annualTurnover",
            Json.createObjectBuilder().add("amount", 850000).add("currency", "EUR"))
        .add("socialEnterprise", false)
        .add("cpvCodes", Json.createArrayBuilder().add("45210000-2").add("39100000"))
        .add("rStrategies", Json.createArrayBuilder().add("R3"))
        .add(
            "certifications",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("kind", "ISO_14001")
                        .add("expiresOn", "2028-01-31")))
        .add(
            "maxContractValue",
            Json.createObjectBuilder().add("amount", 200000).add("currency", "EUR"));
  }

  /** A KVK number no other test run has used: 9 followed by seven random digits. */
  static String newKvkNumber() {
    return "9" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString::getString);
  }

  private static boolean absent(JsonObject object, String key) {
    return !object.containsKey(key) || object.isNull(key);
  }

  private static Map<String, String> errors(Reply reply) {
    return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                error -> error.getString("field"),
                error -> error.getString("message"),
                (a, b) -> a));
  }
}
