package nl.kringkoop.supplier.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Scenario: an administrator imports the members of a regional network from a CSV file. Good lines
 * become suppliers, bad lines are reported by line number and field and store nothing, importing
 * the same file again changes nothing, and a changed line updates the firm. Runs on H2 and
 * MariaDB/MySQL.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierImportIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";
  private static final String HEADER =
      "kvkNumber;name;email;municipalityCode;employees;annualTurnover;cpvCodes;rStrategies;"
          + "description;certifications";

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
  void goodLinesAreStoredBadLinesReportedAndASecondImportChangesNothing() {
    String[] kvk = newKvkNumbers(7);
    String file =
        String.join(
            "\n",
            HEADER,
            line(kvk[0], "Alfa Hergebruik", "45210000-2|39100000", "R3|R5", ""),
            line("1234567", "Bad KVK", "45210000-2", "R3", ""),
            line(kvk[1], "Unknown CPV", "12345678", "R3", ""),
            line(kvk[2], "Wrong Check Digit", "45210000-9", "R3", ""),
            kvk[3] + ";;;GM0268;;100000;45210000;R3;;",
            line(kvk[4], "Bravo Reparatie", "50000000", "R4", "\"Repareert\nen onderhoudt\""),
            line(kvk[0], "Alfa Again", "45210000", "R3", ""),
            line(kvk[5], "Charlie Groen", "77310000", "R2", "")
                + ";ISO_14001:2027-06-30|CO2_PERFORMANCE_LADDER/3:2026-12-31");

    Reply first = importCsv(admin.inLanguage("en"), file);

    assertEquals(200, first.status(), first.toString());
    JsonObject report = first.json();
    assertEquals(3, report.getInt("imported"), first.toString());
    assertEquals(0, report.getInt("updated"));
    assertEquals(0, report.getInt("unchanged"));
    Map<Integer, Map<String, String>> rejected = rejected(report);
    assertEquals(List.of(3, 4, 5, 6, 9), List.copyOf(rejected.keySet()), "physical lines");
    assertEquals(List.of("kvkNumber"), List.copyOf(rejected.get(3).keySet()));
    assertTrue(rejected.get(4).get("cpvCodes[0]").contains("not in the official CPV list"));
    assertTrue(rejected.get(5).get("cpvCodes[0]").contains("45210000-2"), rejected::toString);
    assertEquals(
        List.of("email", "employees", "name"),
        List.copyOf(rejected.get(6).keySet()),
        "all reasons");
    assertEquals("is required", rejected.get(6).get("name"));
    assertTrue(rejected.get(9).get("kvkNumber").contains("line 2"), rejected::toString);

    for (String stored : List.of(kvk[0], kvk[4], kvk[5])) {
      assertEquals(409, register(stored).status(), "line with " + stored + " was stored");
    }
    for (String refused : List.of(kvk[1], kvk[2], kvk[3])) {
      assertEquals(201, register(refused).status(), "line with " + refused + " stored nothing");
    }

    Reply again = importCsv(admin, file);
    assertEquals(200, again.status(), again.toString());
    assertEquals(0, again.json().getInt("imported"), again.toString());
    assertEquals(0, again.json().getInt("updated"));
    assertEquals(3, again.json().getInt("unchanged"), "the same file again changes nothing");
    assertEquals(List.of(3, 4, 5, 6, 9), List.copyOf(rejected(again.json()).keySet()));
    assertTrue(rejected(again.json()).get(6).get("name").contains("verplicht"), "Dutch by default");

    Reply audit = admin.get("api/v1/audit?page=0&size=5");
    assertTrue(audit.body().contains("SUPPLIERS_IMPORTED"), audit::toString);
  }

  @Test
  void aChangedLineUpdatesTheFirmKnownByItsKvkNumber() {
    String kvk = newKvkNumbers(1)[0];
    Reply registered = register(kvk);
    assertEquals(201, registered.status(), registered.toString());
    long id = registered.json().getJsonNumber("id").longValue();

    Reply changed =
        importCsv(
            admin,
            HEADER
                + "\n"
                + line(
                    kvk, "Nieuwe Naam B.V.", "45210000-2|50000000", "R3|R4", "Nu ook reparatie"));

    assertEquals(200, changed.status(), changed.toString());
    assertEquals(0, changed.json().getInt("imported"));
    assertEquals(1, changed.json().getInt("updated"), changed.toString());
    JsonObject profile = admin.get("api/v1/suppliers/" + id).json();
    assertEquals("Nieuwe Naam B.V.", profile.getString("name"));
    assertEquals(25, profile.getInt("employees"));
    assertEquals(
        List.of("45210000", "50000000"),
        profile.getJsonArray("cpvCodes").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals("Nu ook reparatie", profile.getString("description"));

    Reply same =
        importCsv(
            admin,
            HEADER
                + "\n"
                + line(kvk, "Nieuwe Naam B.V.", "50000000|45210000", "R4|R3", "Nu ook reparatie"));
    assertEquals(1, same.json().getInt("unchanged"), same.toString());
  }

  @Test
  void aWrongHeaderRefusesTheWholeFileBeforeAnythingIsStored() {
    String kvk = newKvkNumbers(1)[0];
    String file =
        "kvkNumber;name;colour;municipalityCode;employees;annualTurnover\n"
            + kvk
            + ";Firm;blue;GM0268;3;100000\n";

    Reply refused = importCsv(admin.inLanguage("en"), file);

    assertEquals(400, refused.status(), refused.toString());
    assertEquals("urn:kringkoop:problem:validation", refused.json().getString("type"));
    Map<String, String> errors =
        refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    assertEquals(Map.of("colour", errors.get("colour"), "email", errors.get("email")), errors);
    assertTrue(errors.get("email").contains("missing"), errors::toString);
    assertEquals(201, register(kvk).status(), "nothing was stored");
  }

  @Test
  void onlyAdministratorsMayImport() {
    String file = HEADER + "\n" + line(newKvkNumbers(1)[0], "Firm", "45210000", "R3", "");
    assertEquals(401, importCsv(api, file).status());
    assertEquals(403, importCsv(api.signedInAs("officer", DEMO_PASSWORD), file).status());
    Reply bySupplier = importCsv(api.signedInAs("supplier", DEMO_PASSWORD), file);
    assertEquals(403, bySupplier.status());
    assertEquals("urn:kringkoop:problem:forbidden", bySupplier.json().getString("type"));
  }

  private static String line(
      String kvk, String name, String cpv, String strategies, String description) {
    return String.join(
        ";",
        kvk,
        name,
        "info-" + kvk + "@import.example",
        "GM0268",
        "25",
        "1500000",
        cpv,
        strategies,
        description);
  }

  private Reply importCsv(ApiClient client, String csv) {
    return client.send(
        client
            .request("api/v1/suppliers/import")
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private Reply register(String kvk) {
    return api.post(
        "api/v1/suppliers",
        SupplierRegistrationIT.firm(kvk, "reg-" + kvk + "@firm.example").build().toString());
  }

  /** Rejected lines by number, each with its reasons by field. */
  private static Map<Integer, Map<String, String>> rejected(JsonObject report) {
    Map<Integer, Map<String, String>> lines = new TreeMap<>();
    for (JsonObject row : report.getJsonArray("rejected").getValuesAs(JsonObject.class)) {
      Map<String, String> errors = new TreeMap<>();
      for (JsonObject error : row.getJsonArray("errors").getValuesAs(JsonObject.class)) {
        errors.put(error.getString("field"), error.getString("message"));
      }
      lines.put(row.getInt("line"), errors);
    }
    return lines;
  }

  /** Distinct KVK numbers no other test run has used: 7 followed by random digits. */
  private static String[] newKvkNumbers(int count) {
    int start = ThreadLocalRandom.current().nextInt(9_000_000);
    String[] numbers = new String[count];
    for (int i = 0; i < count; i++) {
      numbers[i] = "7" + String.format("%07d", start + i);
    }
    return numbers;
  }
}
