package nl.kringkoop.referencedata.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Scenario: an administrator loads official reference data from CSV files (Dutch CPV labels; the
 * municipalities with their COROP regions and provinces), sees a per-row report, and the platform
 * uses the new data at once. Re-importing changes nothing; a changed row updates. Tests that change
 * shared rows put them back, so the scenario also runs on a shared MariaDB database.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class ReferenceDataImportIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";
  private static final Path REGION_SAMPLE = Path.of("config/examples/regions-sample.csv");
  private static final String LABELS = "api/v1/admin/cpv-labels";
  private static final String REGIONS = "api/v1/admin/regions";

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
  void validLabelsAreStoredAndShownInDutchWhileBadRowsAreReportedByLineAndField() {
    String csv =
        "code,label\n"
            + "45210000-2,Bouwen van gebouwen\n"
            + "45210000-9,Verkeerd controlecijfer\n"
            + "12345678,Onbekende code\n"
            + "45400000,\n"
            + "45400000-1,Afwerking van gebouwen\n";

    Reply reply = postCsv(admin.inLanguage("en"), LABELS, csv);

    assertEquals(200, reply.status(), reply.toString());
    JsonObject report = reply.json();
    assertEquals(2, report.getInt("imported"));
    assertEquals(List.of(3L, 4L, 5L), lines(report));
    assertEquals(List.of("code", "code", "label"), firstFields(report));
    assertTrue(
        firstMessage(report, 0).contains("45210000-2"), "a wrong check digit names the right one");
    assertEquals("Bouwen van gebouwen", label("45210000", "nl"));
    assertEquals("Afwerking van gebouwen", label("45400000-1", "nl"));
    assertEquals("Building construction work", label("45210000-2", "en"));
    assertEquals("Bouwwerkzaamheden", label("45000000", "nl"), "division labels stay");
    Reply found = api.get("api/v1/cpv?q=bouwen%20van%20gebouwen&limit=100");
    assertTrue(
        found.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .anyMatch(item -> "45210000-2".equals(item.getString("code"))),
        "the picker finds codes by their imported Dutch words: " + found);
  }

  @Test
  void reImportingLabelsIsIdempotentAndAChangedLabelReplacesTheOldOne() {
    String original = "code,label\n45210000-2,Bouwen van gebouwen\n";
    postCsv(admin, LABELS, original);
    JsonObject again = postCsv(admin, LABELS, original).json();
    assertEquals(1, again.getInt("unchanged"));
    assertEquals(0, again.getInt("created") + again.getInt("updated"));

    try {
      JsonObject changed =
          postCsv(admin, LABELS, "code;label\n45210000;Bouw van gebouwen (nieuw)\n").json();

      assertEquals(1, changed.getInt("updated"));
      assertEquals("Bouw van gebouwen (nieuw)", label("45210000", "nl"));
    } finally {
      postCsv(admin, LABELS, original);
    }
    assertEquals("Bouwen van gebouwen", label("45210000", "nl"));
  }

  @Test
  void aFileWithoutTheDocumentedHeaderIsRefusedAsAWhole() {
    Reply reply = postCsv(admin.inLanguage("en"), LABELS, "cpv,text\n45210000,Bouwen\n");

    assertEquals(400, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    JsonObject error = reply.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("header", error.getString("field"));
    assertTrue(error.getString("message").contains("code,label"), error::toString);
  }

  @Test
  void theRegionListImportsAndAReImportChangesNothing() throws IOException {
    String sample = Files.readString(REGION_SAMPLE, StandardCharsets.UTF_8);

    JsonObject first = postCsv(admin, REGIONS, sample).json();
    assertEquals(6, first.getInt("imported"), first.toString());
    assertEquals(List.of(), lines(first));

    JsonObject second = postCsv(admin, REGIONS, sample).json();
    assertEquals(6, second.getInt("unchanged"), second.toString());
    assertEquals(0, second.getInt("created") + second.getInt("updated"));

    JsonObject amersfoort = api.get("api/v1/municipalities/GM0307").json();
    assertEquals("Amersfoort", amersfoort.getString("name"));
    assertEquals("CR17", amersfoort.getJsonObject("corop").getString("code"));
    assertEquals("Utrecht", amersfoort.getJsonObject("province").getString("name"));
  }

  @Test
  void aChangedNameOrRegionUpdatesTheMunicipality() throws IOException {
    String sample = Files.readString(REGION_SAMPLE, StandardCharsets.UTF_8);
    postCsv(admin, REGIONS, sample);
    String changed =
        sample.replace("GM0228,Ede,CR13,Veluwe", "GM0228,Ede (Gld),CR15,Arnhem/Nijmegen");

    try {
      JsonObject report = postCsv(admin, REGIONS, changed).json();

      assertEquals(1, report.getInt("updated"), report.toString());
      assertEquals(5, report.getInt("unchanged"));
      JsonObject ede = api.get("api/v1/municipalities/gm0228").json();
      assertEquals("Ede (Gld)", ede.getString("name"));
      assertEquals("CR15", ede.getJsonObject("corop").getString("code"));
    } finally {
      postCsv(admin, REGIONS, sample);
    }
    JsonObject restored = api.get("api/v1/municipalities/GM0228").json();
    assertEquals("Ede", restored.getString("name"));
    assertEquals("CR13", restored.getJsonObject("corop").getString("code"));
  }

  @Test
  void badRegionRowsAreReportedAndTheGoodOnesStored() {
    String csv =
        "municipality_code;municipality_name;corop_code;corop_name;province_code;province_name\n"
            + "GM0268;Nijmegen;CR15;Arnhem/Nijmegen;PV25;Gelderland\n"
            + "GM02;Arnhem;CR15;Arnhem/Nijmegen;PV25;Gelderland\n"
            + "GM0202;Arnhem;CR15;Arnhem/Nijmegen;PV26;Utrecht\n"
            + "GM0200;;CR13;Veluwe;PV25;Gelderland\n";

    Reply reply = postCsv(admin, REGIONS, csv);

    assertEquals(200, reply.status(), reply.toString());
    JsonObject report = reply.json();
    assertEquals(1, report.getInt("imported"));
    assertEquals(List.of(3L, 4L, 5L), lines(report));
    assertEquals(
        List.of("municipality_code", "province_code", "municipality_name"), firstFields(report));
    assertTrue(firstMessage(report, 0).contains("GM0268"), "Dutch by default, with an example");
    assertEquals("Arnhem", api.get("api/v1/municipalities/GM0202").json().getString("name"));
  }

  @Test
  void onlyAdministratorsImportReferenceData() {
    String labels = "code,label\n45210000-2,Gekaapt label\n";
    String regions =
        "municipality_code,municipality_name,corop_code,corop_name,province_code,province_name\n"
            + "GM0268,Gekaapt,CR15,Arnhem/Nijmegen,PV25,Gelderland\n";
    for (String user : List.of("officer", "supplier", "analyst")) {
      ApiClient other = api.signedInAs(user, DEMO_PASSWORD);
      assertEquals(403, postCsv(other, LABELS, labels).status(), user);
      assertEquals(403, postCsv(other, REGIONS, regions).status(), user);
    }
    assertEquals(401, postCsv(api, LABELS, labels).status());
    assertEquals(401, postCsv(api, REGIONS, regions).status());
    assertTrue(!label("45210000", "nl").equals("Gekaapt label"));
    assertEquals("Nijmegen", api.get("api/v1/municipalities/GM0268").json().getString("name"));
  }

  @Test
  void theAdministrationPagesAreForAdministratorsOnly() {
    WebSession adminWeb = new WebSession(api);
    assertEquals(302, adminWeb.signIn("login.xhtml", "admin", DEMO_PASSWORD).status());

    Reply start = adminWeb.get("admin/index.xhtml");
    assertTrue(start.body().contains("link-reference-data"), "linked from the start page");
    Reply page = adminWeb.get("admin/reference-data.xhtml");
    assertEquals(200, page.status(), page.toString());
    assertTrue(page.body().contains("labelsForm:labelsUpload"));
    assertTrue(page.body().contains("regionsForm:regionsUpload"));
    assertTrue(page.body().contains("municipality_code,municipality_name,corop_code"));
    Reply verification = adminWeb.get("admin/verification.xhtml");
    assertEquals(200, verification.status(), verification.toString());
    assertTrue(verification.body().contains("verificationForm:firms"));
    assertTrue(verification.body().contains("verificationForm:firms:0:markKvk"), "demo firms wait");

    WebSession officerWeb = new WebSession(api);
    officerWeb.signIn("login.xhtml", "officer", DEMO_PASSWORD);
    assertEquals(403, officerWeb.get("admin/reference-data.xhtml").status());
    assertEquals(403, officerWeb.get("admin/verification.xhtml").status());
  }

  private String label(String code, String language) {
    Reply reply = api.inLanguage(language).get("api/v1/cpv/" + code);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getString("label");
  }

  private static Reply postCsv(ApiClient client, String path, String csv) {
    return client.send(
        client
            .request(path)
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private static List<Long> lines(JsonObject report) {
    return report.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
        .map(row -> row.getJsonNumber("line").longValue())
        .toList();
  }

  private static List<String> firstFields(JsonObject report) {
    return report.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
        .map(row -> row.getJsonArray("errors").getJsonObject(0).getString("field"))
        .toList();
  }

  private static String firstMessage(JsonObject report, int row) {
    return report
        .getJsonArray("rejected")
        .getJsonObject(row)
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("message");
  }
}
