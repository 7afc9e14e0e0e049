package nl.kringkoop.partnership.boundary;

import static nl.kringkoop.tender.boundary.TenderDriver.ENTRY_DEADLINE;
import static nl.kringkoop.tender.boundary.TenderDriver.START;
import static nl.kringkoop.tender.boundary.TenderDriver.completeNeed;
import static nl.kringkoop.tender.boundary.TenderDriver.pitch;
import static nl.kringkoop.tender.boundary.TenderDriver.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Scenario: on a published need a local firm invites two others to respond together; they accept,
 * the consortium is formed and its lead pitches for all three. A firm that declines is replaced. A
 * proposal whose shares do not add up to 100, one after the entry deadline, one by an officer and a
 * second answer are refused and change nothing; firms outside a consortium never see it. Runs on H2
 * and MariaDB.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class ConsortiumIT {

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
  void aLeadFormsAConsortiumWithTwoFirmsAndPitchesForAllThree() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    Firm herbouw = newFirm();
    long tender = publishedTender("Circulair buurthuis met partners");

    Reply proposed = propose(lead, tender, "50", Map.of(sloop, "30"), Map.of(herbouw, "20"));
    assertEquals(201, proposed.status(), proposed.toString());
    long consortium = proposed.json().getJsonNumber("id").longValue();
    assertTrue(
        proposed.header("Location").orElseThrow().endsWith("/api/v1/consortia/" + consortium));
    assertEquals("PROPOSED", proposed.json().getString("status"));
    assertEquals(
        Map.of(lead.id, "ACCEPTED", sloop.id, "PENDING", herbouw.id, "PENDING"),
        invitations(proposed.json()));

    JsonObject inbox = sloop.api.get("api/v1/consortia").json();
    assertEquals(1, inbox.getInt("total"));
    assertEquals(
        consortium, inbox.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    assertTrue(
        TenderDriver.messageSubjects(sloop.api).stream()
            .anyMatch(s -> s.contains("Circulair buurthuis met partners")),
        "the invited firm is told");
    Reply early = pitchAsConsortium(lead, tender, consortium, null);
    assertEquals(409, early.status(), "no pitch before every firm accepted");

    assertEquals("PROPOSED", accept(sloop, consortium).json().getString("status"));
    Reply formed = accept(herbouw, consortium);
    assertEquals(200, formed.status(), formed.toString());
    assertEquals("FORMED", formed.json().getString("status"));
    assertTrue(
        TenderDriver.messageSubjects(lead.api).stream()
            .anyMatch(s -> s.startsWith("Samenwerking gevormd")));
    Reply seenByBuyer = driver.as("officer").get("api/v1/consortia/" + consortium);
    assertEquals(200, seenByBuyer.status(), "the buyer sees a formed consortium");

    Reply mismatch = pitchAsConsortium(lead, tender, consortium, List.of(sloop.id));
    assertEquals(400, mismatch.status(), mismatch.toString());
    assertEquals("partnerIds", TenderDriver.field(mismatch, 0));
    Reply bySloop = pitchAsConsortium(sloop, tender, consortium, null);
    assertEquals(403, bySloop.status(), "only the lead pitches for the consortium");
    Reply pitched = pitchAsConsortium(lead, tender, consortium, null);
    assertEquals(201, pitched.status(), pitched.toString());
    assertEquals(
        Set.of(sloop.id, herbouw.id),
        pitched
            .json()
            .getJsonArray("partnerIds")
            .getValuesAs(jakarta.json.JsonNumber.class)
            .stream()
            .map(n -> n.longValue())
            .collect(Collectors.toSet()));
    JsonObject ownOfPartner =
        herbouw
            .api
            .get("api/v1/tenders/" + tender + "/responses")
            .structure()
            .asJsonArray()
            .getJsonObject(0);
    assertEquals(lead.id, ownOfPartner.getJsonObject("supplier").getJsonNumber("id").longValue());

    Reply dissolve = lead.api.post("api/v1/consortia/" + consortium + "/dissolution", "");
    assertEquals(409, dissolve.status(), "not while its pitch stands");
    List<String> trail = driver.auditTrail("CONSORTIUM", consortium);
    assertTrue(
        trail.containsAll(
            List.of("CONSORTIUM_PROPOSED", "CONSORTIUM_INVITATION_ACCEPTED", "CONSORTIUM_FORMED")),
        trail::toString);
  }

  @Test
  void aFirmThatDeclinesIsReplacedAndTheConsortiumThenForms() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    Firm herbouw = newFirm();
    Firm hout = newFirm();
    long tender = publishedTender("Buurthuis met vervangen partner");
    long consortium = id(propose(lead, tender, "50", Map.of(sloop, "30"), Map.of(herbouw, "20")));

    Reply declined =
        herbouw.api.post(
            "api/v1/consortia/" + consortium + "/refusal", "{\"reason\":\"Geen capaciteit\"}");
    assertEquals(200, declined.status(), declined.toString());
    assertEquals("DECLINED", invitations(declined.json()).get(herbouw.id));
    assertTrue(
        TenderDriver.messageSubjects(lead.api).stream().anyMatch(s -> s.contains("afgeslagen")));
    assertEquals("PROPOSED", accept(sloop, consortium).json().getString("status"));

    String replacement =
        Json.createObjectBuilder()
            .add("supplierId", hout.id)
            .add("workPackage", "Houtbouw van de aanbouw")
            .add("sharePercent", 25)
            .add(
                "shares",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("supplierId", lead.id)
                            .add("sharePercent", 45)))
            .build()
            .toString();
    Reply bySloop =
        sloop.api.put("api/v1/consortia/" + consortium + "/members/" + herbouw.id, replacement);
    assertEquals(403, bySloop.status(), "only the lead replaces a firm");
    Reply replaced =
        lead.api.put("api/v1/consortia/" + consortium + "/members/" + herbouw.id, replacement);
    assertEquals(200, replaced.status(), replaced.toString());
    assertEquals(
        Map.of(lead.id, "ACCEPTED", sloop.id, "ACCEPTED", hout.id, "PENDING"),
        invitations(replaced.json()));
    assertEquals("45.00", share(replaced.json(), lead.id));
    assertEquals(404, herbouw.api.get("api/v1/consortia/" + consortium).status());

    Reply formed = accept(hout, consortium);
    assertEquals("FORMED", formed.json().getString("status"), formed.toString());
  }

  @Test
  void sharesThatDoNotAddUpTo100AreRefusedAndNothingIsStored() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    long tender = publishedTender("Buurthuis met verkeerde aandelen");

    Reply refused = propose(lead.api.inLanguage("en"), tender, "50", Map.of(sloop, "30"));

    assertEquals(400, refused.status(), refused.toString());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("shares", error.getString("field"));
    assertTrue(error.getString("message").contains("80"), error::toString);
    assertEquals(0, lead.api.get("api/v1/consortia").json().getInt("total"));
    assertEquals(0, sloop.api.get("api/v1/consortia").json().getInt("total"));
  }

  @Test
  void firmsOutsideAConsortiumAndOfficersBeforeItIsFormedDoNotSeeIt() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    Firm outsider = newFirm();
    long tender = publishedTender("Buurthuis achter gesloten deuren");
    long consortium = id(propose(lead, tender, "60", Map.of(sloop, "40")));

    assertEquals(404, outsider.api.get("api/v1/consortia/" + consortium).status());
    assertEquals(404, accept(outsider, consortium).status());
    assertEquals(0, outsider.api.get("api/v1/consortia").json().getInt("total"));
    ApiClient officer = driver.as("officer");
    assertEquals(404, officer.get("api/v1/consortia/" + consortium).status());
    Reply byOfficer = propose(officer, tender, "60", Map.of(sloop, "40"));
    assertEquals(403, byOfficer.status(), "officers do not propose consortia");
    assertEquals(401, driver.anonymous().get("api/v1/consortia/" + consortium).status());
  }

  @Test
  void anInvitationIsAnsweredOnceAndNotAfterTheConsortiumIsDissolved() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    Firm herbouw = newFirm();
    long tender = publishedTender("Buurthuis dat niet doorgaat");
    long consortium = id(propose(lead, tender, "50", Map.of(sloop, "30"), Map.of(herbouw, "20")));

    assertEquals(200, accept(sloop, consortium).status());
    Reply twice = accept(sloop, consortium);
    assertEquals(409, twice.status(), twice.toString());
    Reply dissolved = lead.api.post("api/v1/consortia/" + consortium + "/dissolution", "");
    assertEquals(200, dissolved.status(), dissolved.toString());
    assertEquals("DISSOLVED", dissolved.json().getString("status"));

    assertEquals(409, accept(herbouw, consortium).status());
    assertEquals(
        409, herbouw.api.post("api/v1/consortia/" + consortium + "/refusal", "{}").status());
    Reply again = propose(lead, tender, "50", Map.of(herbouw, "50"));
    assertEquals(201, again.status(), "a dissolved consortium binds nobody: " + again);
  }

  @Test
  void aFirmTakesPartOnceAndNoConsortiumIsProposedAfterTheEntryDeadline() {
    Firm lead = newFirm();
    Firm sloop = newFirm();
    Firm alone = newFirm();
    Firm other = newFirm();
    long tender = publishedTender("Buurthuis met een drukke markt");
    assertEquals(201, pitch(alone.api, tender).status());
    assertEquals(201, propose(lead, tender, "50", Map.of(sloop, "50")).status());

    Reply withPitcher = propose(other, tender, "50", Map.of(alone, "50"));
    assertEquals(409, withPitcher.status(), "a firm that pitched alone: " + withPitcher);
    Reply withBound = propose(other, tender, "50", Map.of(sloop, "50"));
    assertEquals(409, withBound.status(), "a firm invited elsewhere: " + withBound);

    driver.clockAt(ENTRY_DEADLINE.plusSeconds(1));
    Reply late = propose(driver.as(other.username), tender, "50", Map.of(newFirm(), "50"));
    assertEquals(409, late.status(), late.toString());
    assertEquals(
        "urn:kringkoop:problem:deadline-passed", late.json().getString("type"), late.toString());
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

  private long publishedTender(String title) {
    ApiClient officer = driver.as("officer");
    long tender = driver.draft(officer, completeNeed(title));
    Reply published = publish(officer, tender);
    assertEquals(200, published.status(), published.toString());
    return tender;
  }

  @SafeVarargs
  private static Reply propose(
      Firm lead, long tender, String leadShare, Map<Firm, String>... partners) {
    return propose(lead.api, tender, leadShare, partners);
  }

  @SafeVarargs
  private static Reply propose(
      ApiClient lead, long tender, String leadShare, Map<Firm, String>... partners) {
    JsonArrayBuilder invited = Json.createArrayBuilder();
    for (Map<Firm, String> partner : partners) {
      partner.forEach(
          (firm, share) ->
              invited.add(
                  Json.createObjectBuilder()
                      .add("supplierId", firm.id)
                      .add("workPackage", "Sloop en hergebruik van bouwdelen")
                      .add("sharePercent", new java.math.BigDecimal(share))));
    }
    return lead.post(
        "api/v1/tenders/" + tender + "/consortia",
        Json.createObjectBuilder()
            .add("partners", invited)
            .add("leadWorkPackage", "Ontwerp, regie en aanbouw")
            .add("leadSharePercent", new java.math.BigDecimal(leadShare))
            .build()
            .toString());
  }

  private static Reply accept(Firm firm, long consortium) {
    return firm.api.post("api/v1/consortia/" + consortium + "/acceptance", "");
  }

  private static Reply pitchAsConsortium(
      Firm firm, long tender, long consortium, List<Long> partnerIds) {
    var body =
        Json.createObjectBuilder()
            .add("consortiumId", consortium)
            .add("vision", "Samen bouwen we met materiaal uit de eigen wijk.")
            .add("expertise", "Sloop, houtbouw en regie onder een dak.");
    if (partnerIds != null) {
      JsonArrayBuilder ids = Json.createArrayBuilder();
      partnerIds.forEach(ids::add);
      body.add("partnerIds", ids);
    }
    return firm.api.post("api/v1/tenders/" + tender + "/responses", body.build().toString());
  }

  private static long id(Reply created) {
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static Map<Long, String> invitations(JsonObject consortium) {
    return consortium.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                m -> m.getJsonNumber("supplierId").longValue(), m -> m.getString("invitation")));
  }

  private static String share(JsonObject consortium, long firm) {
    return consortium.getJsonArray("members").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getJsonNumber("supplierId").longValue() == firm)
        .map(m -> m.getJsonNumber("sharePercent").bigDecimalValue().toPlainString())
        .findFirst()
        .orElseThrow();
  }
}
