package nl.kringkoop.contract.boundary;

import static nl.kringkoop.tender.boundary.TenderDriver.DEMO_PASSWORD;
import static nl.kringkoop.tender.boundary.TenderDriver.ENTRY_DEADLINE;
import static nl.kringkoop.tender.boundary.TenderDriver.OFFER_DEADLINE;
import static nl.kringkoop.tender.boundary.TenderDriver.START;
import static nl.kringkoop.tender.boundary.TenderDriver.advance;
import static nl.kringkoop.tender.boundary.TenderDriver.completeNeed;
import static nl.kringkoop.tender.boundary.TenderDriver.money;
import static nl.kringkoop.tender.boundary.TenderDriver.offer;
import static nl.kringkoop.tender.boundary.TenderDriver.pitch;
import static nl.kringkoop.tender.boundary.TenderDriver.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.tender.boundary.TenderDriver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: an officer enters a contract with two firms sharing 60/40 and draws up the contract of
 * an awarded tender, won by a consortium, with the consortium's shares; milestones fall overdue as
 * the clock moves and KPIs are measured off target; a contracted firm records progress. Wrong
 * shares and a reference in use are refused and store nothing; another municipality and firms
 * outside the contract are told it does not exist, analysts read but change nothing. Each test
 * makes its own data. Runs on H2 and MariaDB.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class ContractIT {

  private static final String CONTRACTS = "api/v1/contracts";

  @ArquillianResource URL deployment;

  private TenderDriver driver;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.warWithSettableClock();
  }

  @BeforeEach
  void driver() {
    driver = new TenderDriver(deployment);
    driver.clockAt(START);
  }

  @Test
  void anOfficerEntersAContractWithTwoFirmsSharing60And40() {
    Firm lead = newFirm();
    Firm member = newFirm();
    String reference = reference();
    ApiClient officer = driver.as("officer");

    Reply created =
        officer.post(
            CONTRACTS,
            contract(reference, "Hergebruik kantoormeubilair", null)
                .add("parties", parties(party(lead, "LEAD", "60"), party(member, "MEMBER", "40")))
                .build()
                .toString());

    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    assertTrue(created.header("Location").orElseThrow().endsWith("/api/v1/contracts/" + id));
    JsonObject read = officer.get(CONTRACTS + "/" + id).json();
    assertEquals(reference, read.getString("reference"));
    assertEquals("MANUAL", read.getString("origin"));
    assertEquals("ACTIVE", read.getString("status"));
    assertEquals("Gemeente Nijmegen", read.getJsonObject("buyer").getString("name"));
    assertEquals("48000.00", amount(read.getJsonObject("value")));
    assertEquals("R3", read.getString("rStrategy"));
    assertEquals("2027-03-01", read.getString("startsOn"));
    assertEquals(Map.of(lead.id, "LEAD 60.00", member.id, "MEMBER 40.00"), shares(read));
    assertEquals(0, read.getInt("overdueMilestones"));
    assertEquals(0, read.getInt("kpisOffTarget"));

    Reply seenByMember = member.api.get(CONTRACTS + "/" + id);
    assertEquals(200, seenByMember.status(), "a contracted firm sees its contract");
    assertTrue(ids(member.api.get(CONTRACTS).json()).contains(id));
    assertTrue(
        TenderDriver.messageSubjects(member.api).stream()
            .anyMatch(s -> s.contains("Hergebruik kantoormeubilair")),
        "the firms are told");
    assertTrue(driver.auditTrail("CONTRACT", id).contains("CONTRACT_CREATED"));
  }

  @Test
  void wrongSharesAndAReferenceInUseAreRefusedAndNothingIsStored() {
    Firm lead = newFirm();
    Firm member = newFirm();
    ApiClient officer = driver.as("officer").inLanguage("en");
    String reference = reference();

    Reply wrongShares =
        officer.post(
            CONTRACTS,
            contract(reference, "Aandelen die niet kloppen", null)
                .add("parties", parties(party(lead, "LEAD", "60"), party(member, "MEMBER", "30")))
                .build()
                .toString());

    assertEquals(400, wrongShares.status(), wrongShares.toString());
    assertTrue(wrongShares.contentType().startsWith("application/problem+json"));
    JsonObject error = wrongShares.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("shares", error.getString("field"));
    assertTrue(error.getString("message").contains("90"), error::toString);
    assertEquals(0, member.api.get(CONTRACTS).json().getInt("total"), "nothing stored");

    Reply roles =
        officer.post(
            CONTRACTS,
            contract(reference, "Twee penvoerders", null)
                .add("parties", parties(party(lead, "LEAD", "50"), party(member, "LEAD", "50")))
                .build()
                .toString());
    assertEquals(400, roles.status());
    assertEquals("parties", TenderDriver.field(roles, 0));

    assertEquals(
        201,
        officer
            .post(
                CONTRACTS,
                contract(reference, "Het eerste contract", party(lead, "SOLE", "100"))
                    .build()
                    .toString())
            .status());
    Reply again =
        officer.post(
            CONTRACTS,
            contract(reference.toLowerCase(), "Hetzelfde nummer", party(member, "SOLE", "100"))
                .build()
                .toString());
    assertEquals(400, again.status(), again.toString());
    assertEquals("reference", TenderDriver.field(again, 0));
    assertEquals(0, member.api.get(CONTRACTS).json().getInt("total"));
  }

  @Test
  void anAwardedTenderBecomesTheContractOfTheWinningConsortiumWithItsShares() {
    Firm lead = newFirm();
    Firm partner = newFirm();
    Firm rival = newFirm();
    ApiClient officer = driver.as("officer");
    long tender = driver.draft(officer, completeNeed("Buurthuis als samenwerkingscontract"));
    assertEquals(200, publish(officer, tender).status());
    long consortium = consortium(tender, lead, partner);
    long winning = id(pitchAsConsortium(lead, tender, consortium));
    long losing = id(pitch(rival.api, tender));

    Reply early = officer.post(tenderContracts(tender), awardTerms());
    assertEquals(409, early.status(), "no contract before the award: " + early);

    awardTo(tender, winning, losing, lead, rival);

    ApiClient analyst = driver.as("analyst");
    assertEquals(403, analyst.post(tenderContracts(tender), awardTerms()).status());
    officer = driver.as("officer");
    Reply made = officer.post(tenderContracts(tender), awardTerms());
    assertEquals(201, made.status(), made.toString());
    List<JsonObject> items = made.json().getJsonArray("items").getValuesAs(JsonObject.class);
    assertEquals(1, items.size(), "one contract per winning offer");
    JsonObject contract = items.get(0);
    assertEquals("AWARD", contract.getString("origin"));
    assertEquals(tender, contract.getJsonNumber("tenderId").longValue());
    assertEquals("T" + tender, contract.getString("reference"));
    assertEquals("150000.00", amount(contract.getJsonObject("value")), "the offered price");
    assertEquals("Openbare ruimte", contract.getString("department"));
    assertEquals("R4", contract.getString("rStrategy"));
    assertEquals(Map.of(lead.id, "LEAD 70.00", partner.id, "MEMBER 30.00"), shares(contract));
    long id = contract.getJsonNumber("id").longValue();
    assertEquals(200, driver.as(partner.username).get(CONTRACTS + "/" + id).status());
    Reply byLoser = driver.as(rival.username).get(CONTRACTS + "/" + id);
    assertEquals(404, byLoser.status(), "the loser is no party");

    Reply twice = officer.post(tenderContracts(tender), awardTerms());
    assertEquals(409, twice.status(), "one contract per winning offer: " + twice);
  }

  @Test
  void milestonesFallOverdueKpisGoOffTargetAndAContractedFirmRecordsProgress() {
    Firm firm = newFirm();
    ApiClient officer = driver.as("officer");
    long id = create(officer, party(firm, "SOLE", "100"));

    Reply planned =
        officer.post(
            CONTRACTS + "/" + id + "/milestones",
            "{\"title\":\"Oplevering fase 1\",\"dueOn\":\"2027-03-11\"}");
    assertEquals(201, planned.status(), planned.toString());
    JsonObject milestone = planned.json().getJsonArray("milestones").getJsonObject(0);
    assertFalse(milestone.getBoolean("overdue"));
    Reply added =
        officer.post(
            CONTRACTS + "/" + id + "/kpis",
            "{\"name\":\"Secundair materiaal\",\"unit\":\"%\",\"target\":80,\"higherIsBetter\":true}");
    assertEquals(201, added.status(), added.toString());
    JsonObject kpi = added.json().getJsonArray("kpis").getJsonObject(0);

    Reply measured =
        firm.api.put(
            CONTRACTS + "/" + id + "/kpis/" + kpi.getJsonNumber("id"),
            "{\"measured\":72.5,\"version\":" + kpi.getJsonNumber("version") + "}");
    assertEquals(200, measured.status(), measured.toString());
    JsonObject offTarget = measured.json().getJsonArray("kpis").getJsonObject(0);
    assertTrue(offTarget.getBoolean("offTarget"));
    assertEquals("2027-03-01", offTarget.getString("measuredOn"), "today by the clock");
    assertEquals(1, measured.json().getInt("kpisOffTarget"));

    driver.clockAt(START.plus(Duration.ofDays(11)));
    ApiClient later = driver.as(firm.username);
    JsonObject overdue = later.get(CONTRACTS + "/" + id).json();
    assertEquals(1, overdue.getInt("overdueMilestones"));
    assertTrue(overdue.getJsonArray("milestones").getJsonObject(0).getBoolean("overdue"));
    JsonObject listed = later.get(CONTRACTS).json().getJsonArray("items").getJsonObject(0);
    assertEquals(1, listed.getInt("overdueMilestones"), "the list shows the flags too");

    String milestonePath =
        CONTRACTS + "/" + id + "/milestones/" + milestone.getJsonNumber("id").longValue();
    Reply done =
        later.put(
            milestonePath,
            "{\"status\":\"DONE\",\"completedOn\":\"2027-03-10\",\"note\":\"Opgeleverd\","
                + "\"version\":"
                + milestone.getJsonNumber("version")
                + "}");
    assertEquals(200, done.status(), done.toString());
    assertEquals(0, done.json().getInt("overdueMilestones"));
    JsonObject reached = done.json().getJsonArray("milestones").getJsonObject(0);
    assertEquals("DONE", reached.getString("status"));
    assertEquals("2027-03-10", reached.getString("completedOn"));
    Reply stale =
        later.put(
            milestonePath,
            "{\"status\":\"PLANNED\",\"version\":" + milestone.getJsonNumber("version") + "}");
    assertEquals(409, stale.status(), stale.toString());
    Reply future =
        later.put(
            milestonePath,
            "{\"status\":\"DONE\",\"completedOn\":\"2027-04-01\",\"version\":"
                + reached.getJsonNumber("version")
                + "}");
    assertEquals(400, future.status());
    assertEquals("completedOn", TenderDriver.field(future, 0));
    assertTrue(
        driver
            .auditTrail("CONTRACT", id)
            .containsAll(
                List.of(
                    "CONTRACT_MILESTONE_PLANNED",
                    "CONTRACT_KPI_ADDED",
                    "CONTRACT_KPI_MEASURED",
                    "CONTRACT_MILESTONE_DONE")));
  }

  @Test
  void termsChangeFromTheVersionReadAndAClosedContractChangesNoMore() {
    Firm firm = newFirm();
    ApiClient officer = driver.as("officer");
    long id = create(officer, party(firm, "SOLE", "100"));
    JsonObject read = officer.get(CONTRACTS + "/" + id).json();
    long version = read.getJsonNumber("version").longValue();

    String change =
        contract(read.getString("reference"), "Hergebruik meubilair, tweede fase", null)
            .add("version", version)
            .build()
            .toString();
    Reply changed = officer.put(CONTRACTS + "/" + id, change);
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("Hergebruik meubilair, tweede fase", changed.json().getString("title"));
    assertEquals(409, officer.put(CONTRACTS + "/" + id, change).status(), "stale version");

    long now = changed.json().getJsonNumber("version").longValue();
    Reply closed =
        officer.post(
            CONTRACTS + "/" + id + "/close", "{\"status\":\"COMPLETED\",\"version\":" + now + "}");
    assertEquals(200, closed.status(), closed.toString());
    assertEquals("COMPLETED", closed.json().getString("status"));
    assertTrue(
        TenderDriver.messageSubjects(firm.api).stream()
            .anyMatch(s -> s.startsWith("Contract afgerond")));
    Reply afterwards =
        officer.post(
            CONTRACTS + "/" + id + "/milestones",
            "{\"title\":\"Nazorg\",\"dueOn\":\"2027-05-01\"}");
    assertEquals(409, afterwards.status(), afterwards.toString());
  }

  @Test
  void otherMunicipalitiesAndFirmsOutsideDoNotSeeAContractAndAnalystsOnlyRead() {
    Firm firm = newFirm();
    Firm outsider = newFirm();
    ApiClient officer = driver.as("officer");
    long id = create(officer, party(firm, "SOLE", "100"));
    String path = CONTRACTS + "/" + id;
    long milestone =
        officer
            .post(path + "/milestones", "{\"title\":\"Start\",\"dueOn\":\"2027-04-01\"}")
            .json()
            .getJsonArray("milestones")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();

    ApiClient arnhem = driver.anonymous().signedInAs("officer-arnhem", DEMO_PASSWORD);
    assertEquals(404, arnhem.get(path).status());
    assertFalse(ids(arnhem.get(CONTRACTS + "?size=100").json()).contains(id));
    assertEquals(404, arnhem.post(path + "/milestones", "{\"title\":\"X\"}").status());
    assertEquals(404, outsider.api.get(path).status());
    assertEquals(
        404, outsider.api.put(path + "/milestones/" + milestone, "{\"status\":\"DONE\"}").status());
    assertEquals(0, outsider.api.get(CONTRACTS).json().getInt("total"));

    ApiClient analyst = driver.as("analyst");
    assertEquals(200, analyst.get(path).status());
    assertTrue(ids(analyst.get(CONTRACTS + "?size=100").json()).contains(id));
    assertEquals(403, analyst.post(path + "/milestones", "{\"title\":\"X\"}").status());
    assertEquals(
        403,
        analyst
            .put(path + "/milestones/" + milestone, "{\"status\":\"DONE\",\"version\":0}")
            .status());
    assertEquals(403, analyst.post(path + "/close", "{\"status\":\"TERMINATED\"}").status());
    assertEquals(
        403,
        analyst
            .post(
                CONTRACTS,
                contract(reference(), "X", party(firm, "SOLE", "100")).build().toString())
            .status());
    assertEquals(403, firm.api.post(path + "/kpis", "{\"name\":\"X\"}").status());
    assertEquals(401, driver.anonymous().get(path).status());
  }

  /** A registered firm: the user name it signs in with, its organisation id and a signed-in API. */
  private record Firm(String username, long id, ApiClient api) {}

  private Firm newFirm() {
    String username = driver.newFirm();
    ApiClient api = driver.as(username);
    long id =
        api.get("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
    return new Firm(username, id, api);
  }

  private static String reference() {
    return "INK-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
  }

  private static JsonObjectBuilder contract(String reference, String title, JsonObject party) {
    JsonObjectBuilder contract =
        Json.createObjectBuilder()
            .add("reference", reference)
            .add("title", title)
            .add("department", "Facilitaire zaken")
            .add("value", money(48000))
            .add("rStrategy", "R3")
            .add("startsOn", "2027-03-01")
            .add("endsOn", "2028-02-29");
    if (party != null) {
      contract.add("parties", parties(party));
    }
    return contract;
  }

  private static JsonObject party(Firm firm, String role, String share) {
    return Json.createObjectBuilder()
        .add("supplierId", firm.id)
        .add("role", role)
        .add("sharePercent", new BigDecimal(share))
        .build();
  }

  private static JsonArrayBuilder parties(JsonObject... parties) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (JsonObject party : parties) {
      array.add(party);
    }
    return array;
  }

  private long create(ApiClient officer, JsonObject party) {
    return id(
        officer.post(
            CONTRACTS, contract(reference(), "Hergebruik meubilair", party).build().toString()));
  }

  private static String tenderContracts(long tender) {
    return "api/v1/tenders/" + tender + "/contracts";
  }

  private static String awardTerms() {
    return "{\"department\":\"Openbare ruimte\",\"startsOn\":\"2027-06-01\","
        + "\"endsOn\":\"2028-05-31\",\"rStrategy\":\"R4\"}";
  }

  /** The lead invites the partner (70/30) and the partner accepts: a formed consortium. */
  private static long consortium(long tender, Firm lead, Firm partner) {
    String proposal =
        Json.createObjectBuilder()
            .add(
                "partners",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("supplierId", partner.id)
                            .add("workPackage", "Sloop en hergebruik van bouwdelen")
                            .add("sharePercent", 30)))
            .add("leadWorkPackage", "Ontwerp, regie en aanbouw")
            .add("leadSharePercent", 70)
            .build()
            .toString();
    long consortium = id(lead.api.post("api/v1/tenders/" + tender + "/consortia", proposal));
    Reply accepted = partner.api.post("api/v1/consortia/" + consortium + "/acceptance", "");
    assertEquals("FORMED", accepted.json().getString("status"), accepted.toString());
    return consortium;
  }

  private static Reply pitchAsConsortium(Firm lead, long tender, long consortium) {
    return lead.api.post(
        "api/v1/tenders/" + tender + "/responses",
        Json.createObjectBuilder()
            .add("consortiumId", consortium)
            .add("vision", "Samen bouwen we met materiaal uit de eigen wijk.")
            .add("expertise", "Sloop, houtbouw en regie onder een dak.")
            .build()
            .toString());
  }

  /**
   * Takes a published tender with two pitches through selection, dialogue, offers and evaluation to
   * the award of {@code winning}; the clock then stands after the standstill period.
   */
  private void awardTo(long tender, long winning, long losing, Firm winner, Firm loser) {
    driver.clockAt(ENTRY_DEADLINE.plusSeconds(60));
    ApiClient officer = driver.as("officer");
    assertEquals(200, advance(officer, tender, "SELECTION").status());
    for (long response : List.of(winning, losing)) {
      assertEquals(200, TenderDriver.select(officer, tender, response).status());
    }
    assertEquals(200, advance(officer, tender, "DIALOGUE").status());
    for (long response : List.of(winning, losing)) {
      Reply session =
          TenderDriver.session(officer, tender, response, START.plus(Duration.ofDays(9)));
      assertEquals(201, session.status(), session.toString());
    }
    assertEquals(200, advance(officer, tender, "OFFERS").status());
    assertEquals(200, offer(driver.as(winner.username), tender, 150000).status());
    assertEquals(200, offer(driver.as(loser.username), tender, 170000).status());
    driver.clockAt(OFFER_DEADLINE.plusSeconds(1));
    officer = driver.as("officer");
    assertEquals(200, advance(officer, tender, "EVALUATION").status());
    assertEquals(200, score(officer, tender, winning, 9).status());
    assertEquals(200, score(officer, tender, losing, 6).status());
    Reply intended =
        officer.post(
            "api/v1/tenders/" + tender + "/award-intention",
            "{\"reason\":\"Hoogste gewogen score.\"}");
    assertEquals(200, intended.status(), intended.toString());
    driver.clockAt(OFFER_DEADLINE.plus(Duration.ofDays(21)));
    Reply awarded = advance(driver.as("officer"), tender, "AWARDED");
    assertEquals(200, awarded.status(), awarded.toString());
  }

  private static Reply score(ApiClient officer, long tender, long response, int score) {
    return officer.put(
        "api/v1/tenders/" + tender + "/evaluation/scores",
        "{\"responseId\":"
            + response
            + ",\"criterion\":0,\"score\":"
            + score
            + ",\"motivation\":\"Onderbouwd met referenties\"}");
  }

  private static long id(Reply created) {
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static String amount(JsonObject money) {
    return money.getJsonNumber("amount").bigDecimalValue().setScale(2).toPlainString();
  }

  private static Map<Long, String> shares(JsonObject contract) {
    return contract.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                p -> p.getJsonNumber("supplierId").longValue(),
                p ->
                    p.getString("role")
                        + " "
                        + p.getJsonNumber("sharePercent")
                            .bigDecimalValue()
                            .setScale(2)
                            .toPlainString()));
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getJsonNumber("id").longValue())
        .toList();
  }
}
