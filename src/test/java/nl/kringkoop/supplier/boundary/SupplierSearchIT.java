package nl.kringkoop.supplier.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: a procurement officer looks for local firms in the registry by what they do, where they
 * are, how big they are and what they hold, pages and sorts the result and downloads it as CSV.
 * Each test registers its own firms under a name no other run uses and narrows every search to that
 * name, so demo data and earlier runs don't change the counts. Runs on H2 and MariaDB.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierSearchIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";

  @ArquillianResource URL deployment;

  private ApiClient api;
  private ApiClient officer;
  private String tag;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void officerAndAFreshName() {
    api = new ApiClient(deployment);
    officer = api.signedInAs("officer", DEMO_PASSWORD);
    tag = "zt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  @Test
  void eachFilterNarrowsTheRegistryAndFiltersCombine() {
    long alfa =
        register(
            firm("Alfa", "GM0268", 5, 300_000)
                .add("socialEnterprise", true)
                .add("psoLevel", "2")
                .add("cpvCodes", codes("45210000-2"))
                .add("rStrategies", codes("R3"))
                .add("certifications", certificate("CO2_PERFORMANCE_LADDER", 3, "2099-12-31")));
    long bravo =
        register(
            firm("Bravo", "GM0344", 30, 4_000_000)
                .add("cpvCodes", codes("45200000"))
                .add("rStrategies", codes("R4", "R5"))
                .add("certifications", certificate("ISO_14001", null, "2020-01-31")));
    long charlie =
        register(
            firm("Charlie", "GM0202", 120, 20_000_000)
                .add("cpvCodes", codes("39100000-3"))
                .add("rStrategies", codes("R8"))
                .add("certifications", certificate("ISO_14001", null, "2099-01-31")));
    long delta =
        register(
            firm("Delta", "GM0828", 400, 80_000_000)
                .add("socialEnterprise", true)
                .add("cpvCodes", codes("45000000"))
                .add("rStrategies", codes("R3")));

    assertEquals(Set.of(alfa, bravo, charlie, delta), found(""), "the name alone");

    assertEquals(
        Set.of(alfa, bravo, delta),
        found("cpv=45210000-2"),
        "a class: its own code, and the group and division that cover it");
    assertEquals(
        Set.of(alfa, bravo, delta),
        found("cpv=45200000"),
        "a group: the class within it, itself, the division above it");
    assertEquals(Set.of(alfa, bravo, delta), found("cpv=45000000"), "a division: all within");
    assertEquals(Set.of(delta), found("cpv=45100000"), "another group: only the whole division");
    assertEquals(Set.of(charlie, delta), found("cpv=39100000&cpv=45100000"), "any of the codes");
    assertEquals(Set.of(charlie, delta), found("cpv=39100000,45100000"), "comma-separated too");

    assertEquals(Set.of(alfa, delta), found("rStrategy=R3"));
    assertEquals(Set.of(bravo, charlie), found("rStrategy=R4&rStrategy=r8"), "any of them");

    assertEquals(Set.of(alfa), found("municipality=GM0268"));
    assertEquals(Set.of(alfa, charlie), found("region=CR15"), "Nijmegen and Arnhem");
    assertEquals(Set.of(alfa, charlie), found("province=PV25"), "Gelderland");
    assertEquals(Set.of(bravo), found("province=pv26"), "Utrecht");

    assertEquals(Set.of(alfa, delta), found("sizeClass=MICRO,LARGE"));
    assertEquals(Set.of(bravo), found("sizeClass=small"));
    assertEquals(Set.of(alfa, delta), found("socialEnterprise=true"));
    assertEquals(Set.of(bravo, charlie), found("socialEnterprise=false"));

    assertEquals(Set.of(charlie), found("certification=ISO_14001"), "Bravo's has expired");
    assertEquals(Set.of(alfa), found("certification=CO2_PERFORMANCE_LADDER"));

    assertEquals(Set.of(), found("verified=true"), "nobody has checked the new firms yet");
    assertEquals(Set.of(alfa, bravo, charlie, delta), found("verified=false"));

    assertEquals(
        Set.of(alfa), found("cpv=45000000&region=CR15&socialEnterprise=true&rStrategy=R3"));
    assertEquals(Set.of(), found("cpv=39100000&socialEnterprise=true"), "filters narrow");
  }

  @Test
  void resultsArePagedWithTheTotalAndSortedOnRequest() {
    long small = register(firm("Klein", "GM0268", 3, 200_000));
    long large = register(firm("Groot", "GM0202", 300, 90_000_000));
    long medium = register(firm("Midden", "GM1945", 80, 9_000_000));

    JsonObject first = officer.get(search("size=2&page=0")).json();
    assertEquals(3, first.getInt("total"));
    assertEquals(List.of(large, small), ids(first), "by name by default: Groot, Klein");
    JsonObject second = officer.get(search("size=2&page=1")).json();
    assertEquals(3, second.getInt("total"));
    assertEquals(List.of(medium), ids(second));
    JsonObject beyond = officer.get(search("size=2&page=5")).json();
    assertEquals(3, beyond.getInt("total"));
    assertEquals(List.of(), ids(beyond));

    assertEquals(List.of(large, medium, small), order("sort=employees,desc"));
    assertEquals(List.of(small, medium, large), order("sort=employees"));
    assertEquals(List.of(small, medium, large), order("sort=sizeClass,asc"), "micro first");
    assertEquals(List.of(large, medium, small), order("sort=sizeClass,desc"));
    assertEquals(List.of(medium, small, large), order("sort=name,desc"), "Midden, Klein, Groot");
    assertEquals(
        List.of(large, medium, small), order("sort=municipality"), "Arnhem, Berg en Dal, Nijmegen");
    assertEquals(List.of(medium, large, small), order("sort=updatedAt,desc"), "newest first");
  }

  @Test
  void itemsShowWhatAnOfficerNeedsIncludingContact() {
    long id =
        register(
            firm("Echo", "GM0268", 12, 850_000)
                .add("socialEnterprise", true)
                .add("psoLevel", "aspirant")
                .add("cpvCodes", codes("45210000-2", "39100000"))
                .add("rStrategies", codes("R5", "R3")));

    JsonObject item = officer.get(search("")).json().getJsonArray("items").getJsonObject(0);

    assertEquals(id, item.getJsonNumber("id").longValue());
    assertEquals(tag + " Echo", item.getString("name"));
    assertEquals("GM0268", item.getJsonObject("municipality").getString("code"));
    assertEquals("Nijmegen", item.getJsonObject("municipality").getString("name"));
    assertEquals("SMALL", item.getString("sizeClass"));
    assertTrue(item.getBoolean("socialEnterprise"));
    assertEquals("aspirant", item.getString("psoLevel"));
    assertEquals(List.of("39100000", "45210000"), strings(item, "cpvCodes"));
    assertEquals(List.of("R3", "R5"), strings(item, "rStrategies"));
    assertFalse(item.getJsonObject("verification").getBoolean("kvkChecked"));
    assertTrue(
        item.getJsonObject("contact").getString("email").startsWith("info-"), item::toString);
  }

  @Test
  void onlyMunicipalityStaffAndAdministratorsMaySearchAndOnlyOfficersAndAdminsSeeContact() {
    register(firm("Foxtrot", "GM0268", 4, 100_000));

    Reply bySupplier = api.signedInAs("supplier", DEMO_PASSWORD).get(search(""));
    assertEquals(403, bySupplier.status(), bySupplier.toString());
    assertTrue(bySupplier.contentType().startsWith("application/problem+json"));
    assertEquals(
        403, api.signedInAs("supplier", DEMO_PASSWORD).get(export("")).status(), "nor export");
    assertEquals(401, api.get(search("")).status());
    assertEquals(401, api.get(export("")).status());

    JsonObject byAnalyst = api.signedInAs("analyst", DEMO_PASSWORD).get(search("")).json();
    assertEquals(1, byAnalyst.getInt("total"));
    JsonObject seenByAnalyst = byAnalyst.getJsonArray("items").getJsonObject(0);
    assertTrue(!seenByAnalyst.containsKey("contact") || seenByAnalyst.isNull("contact"));

    JsonObject byAdmin = api.signedInAs("admin", DEMO_PASSWORD).get(search("")).json();
    assertFalse(byAdmin.getJsonArray("items").getJsonObject(0).isNull("contact"));
  }

  @Test
  void theExportHasEveryMatchAsQuotedUtf8CsvWithFormulasDefused() throws IOException {
    long formula =
        register(
            firm("", "GM0268", 2, 50_000).add("name", "=HYPERLINK(\"http://x.example\") " + tag));
    long quoted =
        register(
            firm("\"Golf\", Hergebruik & Één", "GM0202", 20, 1_000_000)
                .add("cpvCodes", codes("45210000-2", "39100000"))
                .add("certifications", certificate("ISO_14001", null, "2099-01-31")));
    for (int i = 0; i < 3; i++) {
      register(firm("Hotel " + i, "GM0268", 7, 500_000));
    }

    Reply reply = officer.get(export("sort=name"));

    assertEquals(200, reply.status(), reply.toString());
    assertEquals("text/csv;charset=UTF-8", reply.contentType().replace(" ", ""));
    assertTrue(reply.header("Content-Disposition").orElseThrow().contains("suppliers.csv"));
    List<CSVRecord> rows = csv(reply.body());
    assertEquals(
        List.of(
            "id",
            "name",
            "kvk_number",
            "municipality_code",
            "municipality_name",
            "size_class",
            "employees",
            "social_enterprise",
            "pso_level",
            "cpv_codes",
            "r_strategies",
            "certifications",
            "kvk_verified",
            "social_verified",
            "contact_name",
            "email",
            "phone",
            "updated_at"),
        rows.get(0).toList(),
        "the documented header");
    assertEquals(6, rows.size(), "header and all five matches, not a page");
    Map<Long, CSVRecord> byId =
        rows.subList(1, rows.size()).stream()
            .collect(Collectors.toMap(row -> Long.parseLong(row.get(0)), row -> row));
    assertEquals("'=HYPERLINK(\"http://x.example\") " + tag, byId.get(formula).get(1));
    assertEquals(tag + " \"Golf\", Hergebruik & Één", byId.get(quoted).get(1));
    assertEquals("Arnhem", byId.get(quoted).get(4));
    assertEquals("39100000 45210000", byId.get(quoted).get(9));
    assertEquals("ISO_14001", byId.get(quoted).get(11));
    assertTrue(byId.get(quoted).get(15).contains("@firm.example"), "officers get contact");

    List<CSVRecord> forAnalyst =
        csv(api.signedInAs("analyst", DEMO_PASSWORD).get(export("sort=name")).body());
    assertEquals(6, forAnalyst.size());
    assertEquals("", forAnalyst.get(1).get(15), "no contact for analysts");

    List<CSVRecord> narrowed = csv(officer.get(export("municipality=GM0202")).body());
    assertEquals(2, narrowed.size(), "the same filters as the list");
    assertEquals(String.valueOf(quoted), narrowed.get(1).get(0));
  }

  @Test
  void badFilterValuesAreRefusedNamingTheParameter() {
    Reply reply =
        officer
            .inLanguage("en")
            .get(
                "api/v1/suppliers?cpv=12345678&sizeClass=HUGE&socialEnterprise=maybe"
                    + "&region=CR99&sort=colour&page=-1&certification=GOLD&rStrategy=R11");

    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    assertEquals("urn:kringkoop:problem:validation", reply.json().getString("type"));
    Map<String, String> errors = errors(reply);
    assertEquals(
        Set.of(
            "cpv", "sizeClass", "socialEnterprise", "region", "sort", "certification", "rStrategy"),
        errors.keySet(),
        errors::toString);
    assertTrue(errors.get("cpv").contains("not in the official CPV list"), errors::toString);
    assertTrue(errors.get("sizeClass").contains("MICRO"), errors::toString);

    Reply badPage = officer.get("api/v1/suppliers?page=-1&size=abc");
    assertEquals(400, badPage.status(), badPage.toString());
    assertEquals(Set.of("size"), errors(badPage).keySet(), "a word is not a size");
    assertEquals(
        Set.of("page"), errors(officer.get("api/v1/suppliers?page=-1")).keySet(), "nor -1 a page");

    Reply badExport = officer.get("api/v1/suppliers/export.csv?cpv=45000000-1");
    assertEquals(400, badExport.status(), badExport.toString());
    assertTrue(errors(badExport).get("cpv").contains("45000000-7"), "suggests the right digit");
  }

  private JsonObjectBuilder firm(String name, String municipality, int employees, long turnover) {
    String kvk = SupplierRegistrationIT.newKvkNumber();
    return SupplierRegistrationIT.firm(kvk, "info-" + kvk + "@firm.example")
        .add("name", tag + " " + name)
        .add("municipalityCode", municipality)
        .add("cpvCodes", Json.createArrayBuilder())
        .add("rStrategies", Json.createArrayBuilder())
        .add("certifications", Json.createArrayBuilder())
        .add("employees", employees)
        .add(
            "annualTurnover",
            Json.createObjectBuilder().add("amount", turnover).add("currency", "EUR"));
  }

  private long register(JsonObjectBuilder firm) {
    Reply created = api.post("api/v1/suppliers", firm.build().toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonArrayBuilder codes(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Arrays.stream(values).forEach(array::add);
    return array;
  }

  private static JsonArrayBuilder certificate(String kind, Integer level, String expiresOn) {
    JsonObjectBuilder certificate =
        Json.createObjectBuilder().add("kind", kind).add("expiresOn", expiresOn);
    if (level != null) {
      certificate.add("level", level);
    }
    return Json.createArrayBuilder().add(certificate);
  }

  private String search(String filters) {
    return "api/v1/suppliers?q=" + tag + (filters.isEmpty() ? "" : "&" + filters);
  }

  private String export(String filters) {
    return "api/v1/suppliers/export.csv?q="
        + URLEncoder.encode(tag, StandardCharsets.UTF_8)
        + (filters.isEmpty() ? "" : "&" + filters);
  }

  private Set<Long> found(String filters) {
    Reply reply = officer.get(search(filters + (filters.isEmpty() ? "" : "&") + "size=100"));
    assertEquals(200, reply.status(), filters + ": " + reply);
    JsonObject page = reply.json();
    Set<Long> ids = Set.copyOf(ids(page));
    assertEquals(ids.size(), page.getInt("total"), filters + ": total equals the items");
    return ids;
  }

  private List<Long> order(String sort) {
    Reply reply = officer.get(search(sort));
    assertEquals(200, reply.status(), sort + ": " + reply);
    return ids(reply.json());
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValue())
        .toList();
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(jakarta.json.JsonString::getString);
  }

  private static List<CSVRecord> csv(String body) throws IOException {
    try (var parser = CSVFormat.RFC4180.parse(new StringReader(body))) {
      return parser.getRecords();
    }
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
