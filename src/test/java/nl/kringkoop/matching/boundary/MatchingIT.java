package nl.kringkoop.matching.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
 * Scenario: officers ask which registered firms fit their needs. New firms are ranked with an
 * explanation whose parts add up to the score, a changed profile is ranked anew at once, knock-out
 * conditions exclude with a reason, publication invites the best firms with their scores on record,
 * each municipality sets its own weights, and nobody but the buyer's officers sees the list. Each
 * test uses CPV codes the demo data does not offer, so only its own firms compete.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class MatchingIT {

  private static final String DEMO_PASSWORD = "kringkoop-demo";
  private static final String FIRM_PASSWORD = "een lange zin als wachtwoord";

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
  void firmsAreRankedWithExplanationsThatAddUpAndFollowProfileChanges() {
    Firm local = register("GM0268", "92312000-1", "R3", "NATIONAL", List.of());
    Firm farAway = register("GM0363", "92312000-1", "R3", "NATIONAL", List.of());
    Firm otherTrade = register("GM0268", "79952000-2", "R3", "NATIONAL", List.of());
    ApiClient officer = api.signedInAs("officer", DEMO_PASSWORD);
    long tender = draft(officer, need("Theatervoorstelling in het wijkcentrum", "92312000-1"));

    JsonObject english =
        officer.inLanguage("en").get("api/v1/tenders/" + tender + "/matches?limit=100").json();
    JsonObject localResult =
        result(english, local.id).orElseThrow(() -> new AssertionError(english.toString()));
    JsonObject farResult =
        result(english, farAway.id).orElseThrow(() -> new AssertionError(english.toString()));
    assertTrue(result(english, otherTrade.id).isEmpty(), "a firm offering nothing asked is out");
    assertTrue(
        localResult.getInt("rank") < farResult.getInt("rank"),
        "the local firm ranks above the same firm in Amsterdam: " + english);
    assertEquals(local.name, localResult.getString("name"));
    assertContributionsAddUp(localResult);
    assertContributionsAddUp(farResult);
    assertEquals("same municipality", part(localResult, "LOCALITY").getString("reason"));
    assertEquals("outside the province", part(farResult, "LOCALITY").getString("reason"));
    assertEquals("covers 1 of 1 CPV codes", part(localResult, "CAPABILITY").getString("reason"));
    assertEquals(30, part(localResult, "CAPABILITY").getInt("weight"), "the default weight");
    assertTrue(localResult.getString("summary").contains("same municipality"));

    JsonObject dutch =
        officer.inLanguage("nl").get("api/v1/tenders/" + tender + "/matches?limit=100").json();
    assertEquals(
        "zelfde gemeente",
        part(result(dutch, local.id).orElseThrow(), "LOCALITY").getString("reason"));

    // The firm in Amsterdam moves to Wijchen (same COROP region): ranked anew at once.
    Reply move = farAway.client.put("api/v1/suppliers/" + farAway.id, moved(farAway, "GM0296"));
    assertEquals(200, move.status(), move.toString());
    JsonObject after =
        officer.inLanguage("en").get("api/v1/tenders/" + tender + "/matches?limit=100").json();
    assertEquals(
        "same COROP region",
        part(result(after, farAway.id).orElseThrow(), "LOCALITY").getString("reason"));
  }

  @Test
  void knockOutsExcludeWithAReasonAndPublicationInvitesTheBestWithTheirScores() {
    Firm certified = register("GM0268", "71421000-5", "R2", "REGION", List.of("ISO_14001"));
    Firm uncertified = register("GM0268", "71421000-5", "R2", "REGION", List.of());
    Firm outOfReach = register("GM0363", "71421000-5", "R2", "MUNICIPALITY", List.of("ISO_14001"));
    ApiClient officer = api.signedInAs("officer", DEMO_PASSWORD);
    JsonObjectBuilder need =
        need("Tuinaanleg speelplaats", "71421000-5")
            .add("requiredCertifications", Json.createArrayBuilder().add("ISO_14001"))
            .add("serviceAreaRequired", true);
    long tender = draft(officer, need);
    JsonObject view = officer.get("api/v1/tenders/" + tender).json();
    assertEquals("ISO_14001", view.getJsonArray("requiredCertifications").getString(0));
    assertTrue(view.getBoolean("serviceAreaRequired"));

    JsonObject matches =
        officer.inLanguage("en").get("api/v1/tenders/" + tender + "/matches?limit=100").json();
    assertTrue(result(matches, certified.id).isPresent(), matches::toString);
    assertTrue(result(matches, uncertified.id).isEmpty(), matches::toString);
    assertTrue(result(matches, outOfReach.id).isEmpty(), matches::toString);
    assertEquals(
        "lacks the required certificate: ISO 14001",
        excluded(matches, uncertified.id)
            .orElseThrow(() -> new AssertionError(matches.toString())));
    assertEquals(
        "service area (Own municipality) does not reach the place of the work",
        excluded(matches, outOfReach.id).orElseThrow(() -> new AssertionError(matches.toString())));

    Reply published = officer.post("api/v1/tenders/" + tender + "/publish", "");
    assertEquals(200, published.status(), published.toString());
    String trail = officer.get("api/v1/tenders/" + tender + "/audit?size=100").body();
    assertTrue(trail.contains("SUPPLIERS_INVITED"), trail);
    assertTrue(trail.contains(certified.id + " (0."), "invited with its score: " + trail);
    assertFalse(trail.contains(uncertified.id + " ("), "an excluded firm is not invited");
    String inbox = certified.client.get("api/v1/notifications").body();
    assertTrue(inbox.contains("Tuinaanleg speelplaats"), inbox);
  }

  @Test
  void eachMunicipalitySetsItsOwnWeightsWithinTheBounds() {
    ApiClient arnhem = api.signedInAs("officer-arnhem", DEMO_PASSWORD);
    JsonObject defaults = arnhem.get("api/v1/matching-policy").json();
    assertEquals("GM0202", defaults.getString("municipalityCode"));
    assertEquals(30, defaults.getJsonObject("weights").getInt("CAPABILITY"));

    Reply tooLow =
        arnhem.inLanguage("en").put("api/v1/matching-policy", weights("CAPABILITY", 5).toString());
    assertEquals(400, tooLow.status(), tooLow.toString());
    assertTrue(tooLow.body().contains("weights.CAPABILITY"), tooLow.body());
    assertTrue(tooLow.body().contains("must be a whole number from 10 to 50"), tooLow.body());
    Reply unknown = arnhem.put("api/v1/matching-policy", weights("PRICE", 5).toString());
    assertEquals(400, unknown.status(), unknown.toString());

    Reply changed = arnhem.put("api/v1/matching-policy", weights("LOCALITY", 50).toString());
    assertEquals(200, changed.status(), changed.toString());
    try {
      assertEquals(50, changed.json().getJsonObject("weights").getInt("LOCALITY"));
      assertTrue(changed.json().getBoolean("chosen"));
      Firm firm = register("GM0202", "33192000-2", "R4", "NATIONAL", List.of());
      long tender =
          draft(arnhem, need("Meubilair zorgcentrum", "33192000-2").add("location", "GM0202"));
      JsonObject matches = arnhem.get("api/v1/tenders/" + tender + "/matches").json();
      JsonObject own =
          result(matches, firm.id).orElseThrow(() -> new AssertionError(matches.toString()));
      assertEquals(50, part(own, "LOCALITY").getInt("weight"));
      assertContributionsAddUp(own);
      JsonObject nijmegen =
          api.signedInAs("officer", DEMO_PASSWORD).get("api/v1/matching-policy").json();
      assertEquals(
          15, nijmegen.getJsonObject("weights").getInt("LOCALITY"), "Nijmegen keeps its own");
    } finally {
      JsonObject current = arnhem.get("api/v1/matching-policy").json();
      JsonObject restore =
          Json.createObjectBuilder()
              .add("version", current.getJsonNumber("version").longValue())
              .add("weights", Json.createObjectBuilder().add("LOCALITY", 15))
              .build();
      assertEquals(200, arnhem.put("api/v1/matching-policy", restore.toString()).status());
    }
    Reply supplier =
        register("GM0268", "33192000-2", "R4", "NATIONAL", List.of())
            .client
            .put("api/v1/matching-policy", weights("LOCALITY", 20).toString());
    assertEquals(403, supplier.status(), supplier.toString());
  }

  @Test
  void onlyTheBuyersOfficersSeeTheMatchList() {
    ApiClient officer = api.signedInAs("officer", DEMO_PASSWORD);
    long tender = draft(officer, need("Kunstproject station", "92312000-1"));
    String path = "api/v1/tenders/" + tender + "/matches";
    assertEquals(200, officer.get(path).status());
    assertEquals(401, api.get(path).status());
    assertEquals(404, api.signedInAs("officer-arnhem", DEMO_PASSWORD).get(path).status(), "draft");
    assertEquals(403, api.signedInAs("analyst", DEMO_PASSWORD).get(path).status());
    Firm firm = register("GM0268", "92312000-1", "R3", "NATIONAL", List.of());
    assertEquals(404, firm.client.get(path).status(), "a draft is hidden from the market");
    assertEquals(200, officer.post("api/v1/tenders/" + tender + "/publish", "").status());
    assertEquals(403, api.signedInAs("officer-arnhem", DEMO_PASSWORD).get(path).status());
    assertEquals(403, firm.client.get(path).status());
    assertEquals(404, officer.get(path + "?lot=999999").status());
  }

  @Test
  void complementaryFirmsAreProposedAsAConsortiumAndEachFirmSeesOnlyItsOwnSuggestions() {
    Firm trainer = register("GM0268", "80530000-8", "R3", "NATIONAL", List.of(), 60000);
    Firm careWorker = register("GM0296", "85312000-9", "R3", "NATIONAL", List.of(), 60000);
    Firm outsider = register("GM0268", "92312000-1", "R3", "NATIONAL", List.of(), 60000);
    ApiClient officer = api.signedInAs("officer", DEMO_PASSWORD);
    long tender =
        draft(
            officer,
            need("Leerwerktraject in de wijk", "80530000-8")
                .add("cpvCodes", Json.createArrayBuilder().add("80530000-8").add("85312000-9"))
                .add("maxBudget", money(100000))
                .add("estimatedValue", money(90000)));
    String path = "api/v1/tenders/" + tender + "/partnerships?limit=20";

    JsonObject proposals = officer.inLanguage("en").get(path).json();
    JsonObject pair =
        proposals.getJsonArray("proposals").stream()
            .map(JsonValue::asJsonObject)
            .filter(
                p ->
                    memberIds(p).equals(List.of(trainer.id, careWorker.id))
                        || memberIds(p).equals(List.of(careWorker.id, trainer.id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError(proposals.toString()));
    assertEquals(1.0, pair.getJsonNumber("coverage").doubleValue(), 0.0001);
    assertContributionsAddUp(pair);
    assertEquals("LEAD", memberAt(pair, 0).getString("role"));
    assertEquals("MEMBER", memberAt(pair, 1).getString("role"));
    assertEquals(
        List.of("80530000"),
        member(pair, trainer.id)
            .getJsonArray("covers")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .filter(c -> c.matches("\\d{8}"))
            .toList());
    assertTrue(
        pair.getString("summary").contains("together cover all 2 CPV codes"), pair::toString);

    assertEquals(404, trainer.client.get(path).status(), "a draft is not the market's");
    assertEquals(200, officer.post("api/v1/tenders/" + tender + "/publish", "").status());
    JsonObject own = trainer.client.get(path).json();
    assertFalse(own.getJsonArray("proposals").isEmpty(), own::toString);
    for (JsonValue proposal : own.getJsonArray("proposals")) {
      assertTrue(memberIds(proposal.asJsonObject()).contains(trainer.id), own::toString);
    }
    JsonObject none = outsider.client.get(path).json();
    assertTrue(none.getJsonArray("proposals").isEmpty(), "it covers nothing asked: " + none);
    assertEquals(403, api.signedInAs("officer-arnhem", DEMO_PASSWORD).get(path).status());
  }

  private static List<Long> memberIds(JsonObject proposal) {
    return proposal.getJsonArray("members").stream()
        .map(m -> m.asJsonObject().getJsonNumber("supplierId").longValue())
        .toList();
  }

  private static JsonObject memberAt(JsonObject proposal, int index) {
    return proposal.getJsonArray("members").getJsonObject(index);
  }

  private static JsonObject member(JsonObject proposal, long supplierId) {
    return proposal.getJsonArray("members").stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getJsonNumber("supplierId").longValue() == supplierId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(proposal.toString()));
  }

  private record Firm(long id, String name, JsonObject registration, ApiClient client) {}

  private Firm register(
      String municipality, String cpv, String strategy, String area, List<String> certificates) {
    return register(municipality, cpv, strategy, area, certificates, 150000);
  }

  private Firm register(
      String municipality,
      String cpv,
      String strategy,
      String area,
      List<String> certificates,
      long capacity) {
    String kvk = "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String email = "match-" + kvk + "@firm.example";
    String name = "Matchbedrijf " + kvk;
    JsonArrayBuilder certs = Json.createArrayBuilder();
    certificates.forEach(
        kind ->
            certs.add(Json.createObjectBuilder().add("kind", kind).add("expiresOn", "2099-12-31")));
    JsonObject firm =
        Json.createObjectBuilder()
            .add("kvkNumber", kvk)
            .add("name", name)
            .add("email", email)
            .add("password", FIRM_PASSWORD)
            .add("municipalityCode", municipality)
            .add("employees", 6)
            .add("annualTurnover", money(450000))
            .add("socialEnterprise", false)
            .add("cpvCodes", Json.createArrayBuilder().add(cpv))
            .add("rStrategies", Json.createArrayBuilder().add(strategy))
            .add("serviceArea", area)
            .add("certifications", certs)
            .add("maxContractValue", money(capacity))
            .build();
    Reply created = api.post("api/v1/suppliers", firm.toString());
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    return new Firm(id, name, firm, api.signedInAs(email, FIRM_PASSWORD));
  }

  private String moved(Firm firm, String municipality) {
    long version =
        firm.client.get("api/v1/suppliers/" + firm.id).json().getJsonNumber("version").longValue();
    return Json.createObjectBuilder(firm.registration)
        .remove("kvkNumber")
        .remove("password")
        .add("version", version)
        .add("municipalityCode", municipality)
        .build()
        .toString();
  }

  private static JsonObjectBuilder need(String title, String cpv) {
    Instant entry = Instant.now().plus(Duration.ofDays(14));
    return Json.createObjectBuilder()
        .add("title", title)
        .add("ambition", "Lokaal en circulair ingekocht.")
        .add("purchaseKind", "SERVICES")
        .add("location", "GM0268")
        .add("cpvCodes", Json.createArrayBuilder().add(cpv))
        .add("rStrategies", Json.createArrayBuilder().add("R3"))
        .add("maxBudget", money(60000))
        .add("priceWeight", 40)
        .add(
            "criteria",
            Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Visie").add("weight", 60)))
        .add("entryDeadline", entry.toString())
        .add("dialogueStart", entry.plus(Duration.ofDays(1)).toString())
        .add("dialogueEnd", entry.plus(Duration.ofDays(7)).toString())
        .add("offerDeadline", entry.plus(Duration.ofDays(14)).toString());
  }

  private static long draft(ApiClient officer, JsonObjectBuilder need) {
    Reply created = officer.post("api/v1/tenders", need.build().toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder money(long euros) {
    return Json.createObjectBuilder().add("amount", euros).add("currency", "EUR");
  }

  private static JsonObject weights(String factor, int weight) {
    return Json.createObjectBuilder()
        .add("weights", Json.createObjectBuilder().add(factor, weight))
        .build();
  }

  private static Optional<JsonObject> result(JsonObject matches, long supplierId) {
    return matches.getJsonArray("results").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("supplierId").longValue() == supplierId)
        .findFirst();
  }

  private static Optional<String> excluded(JsonObject matches, long supplierId) {
    return matches.getJsonArray("excluded").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getJsonNumber("supplierId").longValue() == supplierId)
        .map(r -> r.getString("reason"))
        .findFirst();
  }

  private static JsonObject part(JsonObject result, String factor) {
    return result.getJsonArray("explanation").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("factor").equals(factor))
        .findFirst()
        .orElseThrow(() -> new AssertionError(result.toString()));
  }

  private static void assertContributionsAddUp(JsonObject result) {
    double sum =
        result.getJsonArray("explanation").stream()
            .map(JsonValue::asJsonObject)
            .mapToDouble(p -> p.getJsonNumber("contribution").doubleValue())
            .sum();
    assertEquals(result.getJsonNumber("score").doubleValue(), sum, 0.00001, result::toString);
  }
}
