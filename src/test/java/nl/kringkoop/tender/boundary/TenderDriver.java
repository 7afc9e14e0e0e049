package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;

/**
 * Drives tenders through the public API for integration tests: the clock, the demo users, new
 * firms, a complete need, and the steps that take a tender from one phase to the next. Public for
 * the scenarios of components built on tenders, such as partnerships.
 */
public final class TenderDriver {

  public static final String DEMO_PASSWORD = "kringkoop-demo";
  static final String FIRM_PASSWORD = "een lange zin als wachtwoord";
  public static final Instant START = Instant.parse("2027-03-01T09:00:00Z");
  public static final Instant ENTRY_DEADLINE = START.plus(Duration.ofDays(7));
  public static final Instant OFFER_DEADLINE = START.plus(Duration.ofDays(21));

  private final ApiClient api;

  public TenderDriver(URL deployment) {
    this.api = new ApiClient(deployment);
  }

  public ApiClient anonymous() {
    return api;
  }

  /** Signs in anew: moving the clock past a token's lifetime ends it, as in production. */
  public ApiClient as(String username) {
    return api.signedInAs(username, username.contains("@") ? FIRM_PASSWORD : DEMO_PASSWORD);
  }

  /** The audit actions about one object, oldest first, as the administrator reads them. */
  public List<String> auditTrail(String objectType, Object objectId) {
    return as("admin")
        .get("api/v1/audit?size=100&objectType=" + objectType + "&objectId=" + objectId)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(entry -> entry.getString("action"))
        .toList();
  }

  /** The subjects of the signed-in user's newest 50 messages. */
  public static List<String> messageSubjects(ApiClient user) {
    return user
        .get("api/v1/notifications?size=50")
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(message -> message.getString("subject"))
        .toList();
  }

  public void clockAt(Instant instant) {
    Reply set =
        api.send(
            api.request("api/v1/test/clock")
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(instant.toString())));
    assertEquals(204, set.status(), set.toString());
  }

  /** Registers a new firm in Nijmegen and returns the user name (its email) to sign in with. */
  public String newFirm() {
    String kvk = "8" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String email = "tender-" + kvk + "@firm.example";
    JsonObject firm =
        Json.createObjectBuilder()
            .add("kvkNumber", kvk)
            .add("name", "Rondebouw " + kvk)
            .add("email", email)
            .add("password", FIRM_PASSWORD)
            .add("municipalityCode", "GM0268")
            .add("employees", 8)
            .add("annualTurnover", money(600000))
            .add("socialEnterprise", false)
            .add("cpvCodes", Json.createArrayBuilder().add("45210000-2"))
            .add("rStrategies", Json.createArrayBuilder().add("R3"))
            .add("maxContractValue", money(200000))
            .build();
    Reply created = api.post("api/v1/suppliers", firm.toString());
    assertEquals(201, created.status(), created.toString());
    return email;
  }

  /** A need that can be published as it is: ceiling, price 40% and one quality criterion 60%. */
  public static JsonObjectBuilder completeNeed(String title) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("ambition", "Een buurthuis dat voor 80% uit hergebruikte materialen bestaat.")
        .add("scope", "Ontwerp en verbouw van het buurthuis aan de Waalkade.")
        .add("purchaseKind", "WORKS")
        .add("location", "GM0268")
        .add("cpvCodes", Json.createArrayBuilder().add("45210000-2"))
        .add("rStrategies", Json.createArrayBuilder().add("R3").add("R4"))
        .add("maxBudget", money(180000))
        .add("socialReturnPercent", 5)
        .add("priceWeight", 40)
        .add("criteria", criteria("Visie op circulariteit", 60))
        .add("entryDeadline", ENTRY_DEADLINE.toString())
        .add("dialogueStart", START.plus(Duration.ofDays(8)).toString())
        .add("dialogueEnd", START.plus(Duration.ofDays(14)).toString())
        .add("offerDeadline", OFFER_DEADLINE.toString());
  }

  static JsonArrayBuilder criteria(String name, int weight) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", name).add("weight", weight));
  }

  public static JsonObjectBuilder money(long euros) {
    return Json.createObjectBuilder().add("amount", euros).add("currency", "EUR");
  }

  static JsonObjectBuilder lot(String title, long ceiling) {
    return Json.createObjectBuilder()
        .add("title", title)
        .add("cpvCodes", Json.createArrayBuilder().add("45210000-2"))
        .add("maxBudget", money(ceiling));
  }

  public long draft(ApiClient officer, JsonObjectBuilder need) {
    Reply created = officer.post("api/v1/tenders", need.build().toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  public static Reply publish(ApiClient officer, long tender) {
    return officer.post("api/v1/tenders/" + tender + "/publish", "");
  }

  public static Reply advance(ApiClient officer, long tender, String to) {
    return officer.post(
        "api/v1/tenders/" + tender + "/transitions",
        Json.createObjectBuilder().add("to", to).build().toString());
  }

  public static Reply pitch(ApiClient supplier, long tender) {
    return supplier.post(
        "api/v1/tenders/" + tender + "/responses",
        Json.createObjectBuilder()
            .add("vision", "Wij bouwen met materiaal uit de eigen wijk.")
            .add("expertise", "Twintig jaar verbouw met hergebruikte bouwdelen.")
            .add("innovation", "Een materialenpaspoort per bouwdeel.")
            .build()
            .toString());
  }

  public static Reply offer(ApiClient supplier, long tender, long euros) {
    return supplier.post(
        "api/v1/tenders/" + tender + "/responses",
        Json.createObjectBuilder()
            .add("kind", "OFFER")
            .add("price", money(euros))
            .add("offer", "Verbouw in tien weken met 85% hergebruikt materiaal.")
            .build()
            .toString());
  }

  public static Reply select(ApiClient officer, long tender, long response) {
    return officer.put(
        "api/v1/tenders/" + tender + "/responses/" + response + "/selection",
        "{\"selected\":true,\"note\":\"Sterke visie\"}");
  }

  public static Reply session(ApiClient officer, long tender, long response, Instant start) {
    return officer.post(
        "api/v1/tenders/" + tender + "/dialogue-sessions",
        Json.createObjectBuilder()
            .add("responseId", response)
            .add("startsAt", start.toString())
            .add("durationMinutes", 90)
            .add("place", "Stadhuis Nijmegen, kamer 2.14")
            .build()
            .toString());
  }

  /**
   * Publishes a complete need and takes it, with the given firms as candidates, to the offer phase;
   * the clock then stands in the offer phase, before the offer deadline.
   */
  Candidates toOfferPhase(String title, String... firms) {
    clockAt(START);
    ApiClient officer = as("officer");
    long tender = draft(officer, completeNeed(title));
    assertEquals(200, publish(officer, tender).status());
    long[] responses = new long[firms.length];
    for (int i = 0; i < firms.length; i++) {
      Reply pitched = pitch(as(firms[i]), tender);
      assertEquals(201, pitched.status(), pitched.toString());
      responses[i] = pitched.json().getJsonNumber("id").longValue();
    }
    clockAt(ENTRY_DEADLINE.plusSeconds(60));
    officer = as("officer");
    assertEquals(200, advance(officer, tender, "SELECTION").status());
    for (long response : responses) {
      assertEquals(200, select(officer, tender, response).status());
    }
    assertEquals(200, advance(officer, tender, "DIALOGUE").status());
    for (long response : responses) {
      assertEquals(
          201, session(officer, tender, response, START.plus(Duration.ofDays(9))).status());
    }
    Reply offers = advance(officer, tender, "OFFERS");
    assertEquals(200, offers.status(), offers.toString());
    return new Candidates(tender, responses);
  }

  /** A tender in the offer phase and the responses of its candidates, in the order given. */
  record Candidates(long tender, long[] responses) {}

  public static String field(Reply problem, int index) {
    return problem.json().getJsonArray("errors").getJsonObject(index).getString("field");
  }
}
