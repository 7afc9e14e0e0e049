package nl.kringkoop.tender.boundary;

import static nl.kringkoop.tender.boundary.TenderDriver.ENTRY_DEADLINE;
import static nl.kringkoop.tender.boundary.TenderDriver.OFFER_DEADLINE;
import static nl.kringkoop.tender.boundary.TenderDriver.START;
import static nl.kringkoop.tender.boundary.TenderDriver.advance;
import static nl.kringkoop.tender.boundary.TenderDriver.completeNeed;
import static nl.kringkoop.tender.boundary.TenderDriver.offer;
import static nl.kringkoop.tender.boundary.TenderDriver.pitch;
import static nl.kringkoop.tender.boundary.TenderDriver.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.platform.testing.MailInbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: a procurement officer runs an RCC tender from draft to award on a fixed clock, two
 * local firms pitch, ask, talk and offer, one complains in the standstill period, and the award
 * becomes OCDS open data without anything the procedure keeps confidential; every step the law or
 * fairness forbids is refused with a problem and changes nothing. Runs on H2 and MariaDB.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class TenderProcedureIT {

  private static final String OCDS = "api/v1/ocds/tenders/";

  private static MailInbox mail;

  @ArquillianResource URL deployment;

  private TenderDriver driver;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.warWithSettableClock();
  }

  @BeforeAll
  static void startMail() {
    mail = new MailInbox().start();
  }

  @AfterAll
  static void stopMail() {
    mail.stop();
  }

  @BeforeEach
  void driver() {
    driver = new TenderDriver(deployment);
    driver.clockAt(START);
  }

  @Test
  void anOfficerTakesANeedFromDraftToAwardAndEveryStepIsOnRecord() {
    String firmA = driver.newFirm();
    String firmB = driver.newFirm();
    ApiClient officer = driver.as("officer");
    long tender = driver.draft(officer, completeNeed("Circulair buurthuis Waalkade"));
    JsonObject draft = officer.get("api/v1/tenders/" + tender).json();
    assertEquals("DRAFT", draft.getString("status"));
    assertEquals("MULTIPLE_QUOTE", draft.getString("procedure"), draft::toString);
    assertEquals(404, driver.anonymous().get("api/v1/tenders/" + tender).status());
    assertEquals(404, driver.anonymous().get(OCDS + tender).status(), "a draft is no open data");

    Reply published = publish(officer, tender);
    assertEquals(200, published.status(), published.toString());
    assertEquals("PUBLISHED", published.json().getString("status"));
    assertEquals("MULTIPLE_QUOTE", published.json().getString("procedureType"));
    assertEquals(200, driver.anonymous().get("api/v1/tenders/" + tender).status());

    long responseA = id(pitch(driver.as(firmA), tender), 201);
    long responseB = id(pitch(driver.as(firmB), tender), 201);
    Reply asked =
        driver
            .as(firmA)
            .post(
                "api/v1/tenders/" + tender + "/questions",
                "{\"text\":\"Mag het ontwerp gefaseerd worden opgeleverd?\"}");
    long question = id(asked, 201);
    assertTrue(questionsSeenBy(driver.as(firmB), tender).isEmpty(), "unpublished answers stay");
    Reply answered =
        officer.put(
            "api/v1/tenders/" + tender + "/questions/" + question + "/answer",
            "{\"text\":\"Ja, in twee fasen.\"}");
    assertEquals(200, answered.status(), answered.toString());
    assertEquals(
        200, officer.post("api/v1/tenders/" + tender + "/questions/publication", "").status());
    JsonObject nota = questionsSeenBy(driver.as(firmB), tender).get(0);
    assertEquals(1, nota.getInt("number"));
    assertEquals("Ja, in twee fasen.", nota.getString("answer"));
    assertFalse(nota.containsKey("askedBy"), "the nota van inlichtingen never names who asked");

    driver.clockAt(ENTRY_DEADLINE.plusSeconds(1));
    officer = driver.as("officer");
    assertEquals("SELECTION", advance(officer, tender, "SELECTION").json().getString("status"));
    assertEquals(200, TenderDriver.select(officer, tender, responseA).status());
    assertEquals(200, TenderDriver.select(officer, tender, responseB).status());
    assertEquals(200, advance(officer, tender, "DIALOGUE").status());
    java.time.Instant session = START.plus(Duration.ofDays(9));
    assertEquals(201, TenderDriver.session(officer, tender, responseA, session).status());
    Reply unbalanced = advance(officer, tender, "OFFERS");
    assertEquals(409, unbalanced.status(), "one candidate has had no dialogue yet");
    assertEquals(201, TenderDriver.session(officer, tender, responseB, session).status());
    assertEquals(200, advance(officer, tender, "OFFERS").status());

    assertEquals(200, offer(driver.as(firmA), tender, 165000).status());
    assertEquals(200, offer(driver.as(firmB), tender, 150000).status());
    JsonObject sealed = responses(officer, tender).get(0);
    assertTrue(sealed.getBoolean("sealed"));
    assertFalse(sealed.containsKey("offer"), "no price or content before the offer deadline");
    assertTrue(sealed.containsKey("offeredAt"));
    String beforeOpening = driver.anonymous().get(OCDS + tender).body();
    assertFalse(
        beforeOpening.contains("165000") || beforeOpening.contains("150000"), beforeOpening);

    driver.clockAt(OFFER_DEADLINE.plusSeconds(1));
    officer = driver.as("officer");
    assertEquals(200, advance(officer, tender, "EVALUATION").status());
    Reply opened = officer.get("api/v1/tenders/" + tender + "/responses/" + responseB + "/offer");
    assertEquals(200, opened.status(), opened.toString());
    assertEquals(150000, opened.json().getJsonObject("price").getJsonNumber("amount").intValue());
    Reply tooEarly =
        officer.post(
            "api/v1/tenders/" + tender + "/award-intention", "{\"reason\":\"Beste verhouding\"}");
    assertEquals(409, tooEarly.status(), "no award before every score is in");
    assertEquals(200, score(officer, tender, responseA, "9").status());
    assertEquals(200, score(officer, tender, responseB, "6").status());
    JsonObject sheet = officer.get("api/v1/tenders/" + tender + "/evaluation").json();
    assertTrue(sheet.getBoolean("complete"));
    JsonObject best = sheet.getJsonArray("results").getJsonObject(0);
    assertEquals(responseA, best.getJsonNumber("responseId").longValue());
    // 9 x 60% + 10 x 150000/165000 x 40% = 54 + 36.36; 6 x 60% + 10 x 40% = 36 + 40
    assertEquals("90.36", best.getJsonNumber("total").bigDecimalValue().toPlainString());
    assertEquals(
        "76.00",
        sheet
            .getJsonArray("results")
            .getJsonObject(1)
            .getJsonNumber("total")
            .bigDecimalValue()
            .toPlainString());

    Reply intended =
        officer.post(
            "api/v1/tenders/" + tender + "/award-intention",
            "{\"reason\":\"Hoogste gewogen score: sterkste visie op hergebruik.\"}");
    assertEquals(200, intended.status(), intended.toString());
    assertEquals("AWARD_INTENDED", intended.json().getString("status"));
    assertEquals(
        OFFER_DEADLINE.plusSeconds(1).plus(Duration.ofDays(20)).toString(),
        intended.json().getString("standstillEndsAt"));
    assertEquals(
        "WINNER",
        driver
            .as(firmA)
            .get("api/v1/tenders/" + tender + "/responses/" + responseA)
            .json()
            .getString("outcome"));
    assertTrue(
        mailArrives(firmB, "Voorlopige gunning voor Circulair buurthuis Waalkade"),
        "the intended award decision is mailed to every candidate");

    JsonObject seenByLoser =
        driver.as(firmB).get("api/v1/tenders/" + tender + "/evaluation").json();
    List<JsonObject> ranked = seenByLoser.getJsonArray("results").getValuesAs(JsonObject.class);
    assertEquals(2, ranked.size(), "candidates see every score after the award decision");
    assertFalse(ranked.get(0).containsKey("supplier"), "but not the names of the others");
    assertTrue(ranked.get(1).getString("supplier").startsWith("Rondebouw"));
    assertTrue(seenByLoser.getJsonArray("committee").isEmpty());

    Reply complaint =
        driver
            .as(firmB)
            .post(
                "api/v1/tenders/" + tender + "/complaints",
                "{\"text\":\"De prijs is onjuist gewogen.\"}");
    long complaintId = id(complaint, 201);
    driver.clockAt(OFFER_DEADLINE.plus(Duration.ofDays(21)));
    officer = driver.as("officer");
    Reply held = advance(officer, tender, "AWARDED");
    assertEquals(409, held.status(), "a pending complaint holds the award back");
    Reply decided =
        officer.put(
            "api/v1/tenders/" + tender + "/complaints/" + complaintId,
            "{\"outcome\":\"REJECTED\",\"explanation\":\"De weging volgt de aankondiging.\"}");
    assertEquals(200, decided.status(), decided.toString());
    Reply awarded = advance(officer, tender, "AWARDED");
    assertEquals(200, awarded.status(), awarded.toString());
    assertEquals("AWARDED", awarded.json().getString("status"));
    assertTheAwardIsOpenData(tender, firmA);

    List<String> actions =
        officer
            .get("api/v1/tenders/" + tender + "/audit?size=100")
            .json()
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("action"))
            .toList();
    for (String expected :
        List.of(
            "TENDER_DRAFTED",
            "TENDER_PUBLISHED",
            "PITCH_SUBMITTED",
            "ANSWERS_PUBLISHED",
            "CANDIDATE_SELECTED",
            "OFFER_SUBMITTED",
            "OFFERS_OPENED",
            "SCORE_RECORDED",
            "AWARD_INTENDED",
            "COMPLAINT_FILED",
            "COMPLAINT_DECIDED",
            "TENDER_PHASE_CHANGED")) {
      assertTrue(actions.contains(expected), expected + " missing from " + actions);
    }
    Reply csv = officer.get("api/v1/tenders/" + tender + "/audit.csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("occurred_at,actor,action,detail"), csv::body);
    assertTrue(csv.body().contains("AWARD_INTENDED"));
  }

  @Test
  void publishingRefusesAnIncompleteNeedAndNamesEveryGap() {
    ApiClient officer = driver.as("officer").inLanguage("en");
    long tender =
        driver.draft(
            officer,
            Json.createObjectBuilder()
                .add("title", "Hergebruik kantoormeubilair")
                .add("ambition", "Meubilair dat een tweede leven krijgt.")
                .add("location", "GM0268")
                .add("cpvCodes", Json.createArrayBuilder().add("39100000"))
                .add("entryDeadline", ENTRY_DEADLINE.toString())
                .add("offerDeadline", OFFER_DEADLINE.toString()));
    long version = officer.get("api/v1/tenders/" + tender).json().getInt("version");

    Reply noCeilingNoPrice = publish(officer, tender);

    assertProblem(noCeilingNoPrice, 400, "maxBudget", "priceWeight", "criteria");
    assertStillDraft(officer, tender, version);

    JsonObject unbalanced =
        completeNeed("Hergebruik kantoormeubilair")
            .add("priceWeight", 30)
            .add("version", version)
            .build();
    assertEquals(200, officer.put("api/v1/tenders/" + tender, unbalanced.toString()).status());
    version++;
    Reply weights = publish(officer, tender);
    assertProblem(weights, 400, "criteria");
    assertTrue(
        weights.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("90"),
        weights::toString);
    assertStillDraft(officer, tender, version);

    JsonObject lotsTooDear =
        completeNeed("Hergebruik kantoormeubilair")
            .add(
                "lots",
                Json.createArrayBuilder()
                    .add(TenderDriver.lot("Stoelen", 120000))
                    .add(TenderDriver.lot("Bureaus", 90000)))
            .add("version", version)
            .build();
    assertEquals(200, officer.put("api/v1/tenders/" + tender, lotsTooDear.toString()).status());
    version++;
    assertProblem(publish(officer, tender), 400, "lots");
    assertStillDraft(officer, tender, version);

    JsonObject noPriceCriterion =
        completeNeed("Hergebruik kantoormeubilair")
            .add("priceWeight", 0)
            .add("version", version)
            .build();
    assertProblem(
        officer.put("api/v1/tenders/" + tender, noPriceCriterion.toString()), 400, "priceWeight");
  }

  @Test
  void offersAboveTheCeilingAndLateSubmissionsAreRefused() {
    String firm = driver.newFirm();
    String lateFirm = driver.newFirm();
    TenderDriver.Candidates candidates = driver.toOfferPhase("Herstel schoolmeubilair", firm);
    long tender = candidates.tender();

    Reply tooLate = pitch(driver.as(lateFirm), tender);
    assertProblem(tooLate, 409, null);
    assertEquals("urn:kringkoop:problem:phase-conflict", tooLate.json().getString("type"));

    Reply overCeiling = offer(driver.as(firm), tender, 180001);
    assertProblem(overCeiling, 400, "price");
    JsonObject own =
        driver
            .as(firm)
            .get("api/v1/tenders/" + tender + "/responses/" + candidates.responses()[0])
            .json();
    assertEquals("SELECTED", own.getString("status"), "nothing stored");

    assertEquals(200, offer(driver.as(firm), tender, 180000).status(), "at the ceiling is fine");
    Reply sealedRead =
        driver
            .as("officer")
            .get("api/v1/tenders/" + tender + "/responses/" + candidates.responses()[0] + "/offer");
    assertEquals(403, sealedRead.status(), sealedRead.toString());
    assertEquals("urn:kringkoop:problem:offer-sealed", sealedRead.json().getString("type"));

    driver.clockAt(OFFER_DEADLINE);
    Reply afterDeadline = offer(driver.as(firm), tender, 170000);
    assertProblem(afterDeadline, 409, null);
    assertEquals("urn:kringkoop:problem:deadline-passed", afterDeadline.json().getString("type"));
    Reply withdraw =
        driver
            .as(firm)
            .delete("api/v1/tenders/" + tender + "/responses/" + candidates.responses()[0]);
    assertEquals(409, withdraw.status(), "nothing changes after the deadline");
    String offerPath =
        "api/v1/tenders/" + tender + "/responses/" + candidates.responses()[0] + "/offer";
    ApiClient officer = driver.as("officer");
    assertEquals(403, officer.get(offerPath).status(), "offers open when the evaluation starts");
    assertEquals(
        0,
        officer
            .get("api/v1/tenders/" + tender + "/evaluation")
            .json()
            .getJsonArray("results")
            .size(),
        "no scores or ranks that could betray prices before the opening");
    assertEquals(200, advance(officer, tender, "EVALUATION").status());
    Reply opened = officer.get(offerPath);
    assertEquals(
        180000,
        opened.json().getJsonObject("price").getJsonNumber("amount").intValue(),
        opened::toString);
  }

  @Test
  void otherMunicipalitiesAndOtherFirmsAreKeptOut() {
    String firm = driver.newFirm();
    String otherFirm = driver.newFirm();
    ApiClient officer = driver.as("officer");
    long tender = driver.draft(officer, completeNeed("Circulaire bedrijfskleding"));
    ApiClient arnhem = driver.as("officer-arnhem");
    assertEquals(404, arnhem.get("api/v1/tenders/" + tender).status(), "another's draft is unseen");
    assertEquals(404, publish(arnhem, tender).status());

    assertEquals(200, publish(officer, tender).status());
    long version = officer.get("api/v1/tenders/" + tender).json().getInt("version");
    Reply foreignCancel =
        arnhem.post(
            "api/v1/tenders/" + tender + "/cancellation",
            "{\"reason\":\"Niet van ons\",\"version\":" + version + "}");
    assertEquals(403, foreignCancel.status(), foreignCancel.toString());
    assertEquals(403, advance(arnhem, tender, "SELECTION").status());
    assertEquals(403, arnhem.get("api/v1/tenders/" + tender + "/audit").status());
    assertEquals("PUBLISHED", officer.get("api/v1/tenders/" + tender).json().getString("status"));
    assertEquals(version, officer.get("api/v1/tenders/" + tender).json().getInt("version"));

    long response = id(pitch(driver.as(firm), tender), 201);
    Reply peek = driver.as(otherFirm).get("api/v1/tenders/" + tender + "/responses/" + response);
    assertEquals(404, peek.status(), "one firm never sees another's response");
    assertTrue(responses(driver.as(otherFirm), tender).isEmpty());
    assertEquals(
        403, driver.as(firm).post("api/v1/tenders", completeNeed("x").build().toString()).status());
    assertEquals(1, responses(officer, tender).size());
  }

  @Test
  void aPitchCarriesFilesOfAllowedTypesThatOnlyTheFirmAndTheBuyerCanRead() {
    String firm = driver.newFirm();
    String otherFirm = driver.newFirm();
    ApiClient officer = driver.as("officer");
    long tender = driver.draft(officer, completeNeed("Circulaire speelplaatsen"));
    assertEquals(200, publish(officer, tender).status());
    long response = id(pitch(driver.as(firm), tender), 201);
    String files = "api/v1/tenders/" + tender + "/responses/" + response + "/attachments";

    Reply pdf =
        upload(driver.as(firm), files + "?fileName=plan.pdf", "application/pdf", "%PDF-1.7 plan");
    long file = id(pdf, 201);
    assertProblem(
        upload(driver.as(firm), files + "?fileName=plan.pdf", "application/pdf", "MZ not a pdf"),
        400,
        "file");
    assertProblem(
        upload(driver.as(firm), files + "?fileName=run.sh", "application/x-sh", "#!/bin/sh"),
        400,
        "contentType");

    assertEquals(404, driver.as(otherFirm).get(files + "/" + file).status());
    Reply read = officer.get(files + "/" + file);
    assertEquals(200, read.status(), read.toString());
    assertEquals("%PDF-1.7 plan", read.body());
    assertEquals(1, driver.as(firm).get(files).structure().asJsonArray().size());

    driver.clockAt(ENTRY_DEADLINE);
    assertProblem(
        upload(driver.as(firm), files + "?fileName=laat.pdf", "application/pdf", "%PDF late"),
        409,
        (String[]) null);
  }

  private static Reply upload(ApiClient client, String path, String type, String content) {
    return client.send(
        client
            .request(path)
            .header("Content-Type", type)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(content)));
  }

  @Test
  void twoOfficersChangingTheSameDraftAtOnceCannotBothWin() throws Exception {
    ApiClient first = driver.as("officer");
    ApiClient second = driver.as("officer2");
    long tender = driver.draft(first, completeNeed("Groenonderhoud met hergebruikt materiaal"));
    int version = first.get("api/v1/tenders/" + tender).json().getInt("version");

    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var one =
          pool.submit(
              () ->
                  first.put(
                      "api/v1/tenders/" + tender,
                      completeNeed("Versie van de eerste inkoper")
                          .add("version", version)
                          .build()
                          .toString()));
      var two =
          pool.submit(
              () ->
                  second.put(
                      "api/v1/tenders/" + tender,
                      completeNeed("Versie van de tweede inkoper")
                          .add("version", version)
                          .build()
                          .toString()));
      List<Integer> statuses = List.of(one.get().status(), two.get().status());
      assertTrue(statuses.contains(200), statuses::toString);
      assertTrue(statuses.contains(409), statuses::toString);
    } finally {
      pool.shutdown();
    }
    JsonObject after = first.get("api/v1/tenders/" + tender).json();
    assertEquals(version + 1, after.getInt("version"), "exactly one change was stored");

    Reply stale =
        second.put(
            "api/v1/tenders/" + tender,
            completeNeed("Te laat").add("version", version).build().toString());
    assertEquals(409, stale.status());
    assertEquals("urn:kringkoop:problem:stale-version", stale.json().getString("type"));
  }

  /**
   * The awarded tender as OCDS open data, for anyone: the winning offer with its firm and scale,
   * nothing of the losing offer, the pitches, the dialogue, the scores or the people; and in the
   * bulk list of the days it was published, not of another year.
   */
  private void assertTheAwardIsOpenData(long tender, String winner) {
    Reply reply = driver.anonymous().get(OCDS + tender);
    assertEquals(200, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/json"), reply::contentType);
    JsonObject release = reply.json().getJsonArray("releases").getJsonObject(0);
    assertEquals("ocds-kringkoop-" + tender, release.getString("ocid"));
    assertEquals("complete", release.getJsonObject("tender").getString("status"));
    assertEquals(2, release.getJsonObject("tender").getInt("numberOfTenderers"));
    List<JsonObject> awards = release.getJsonArray("awards").getValuesAs(JsonObject.class);
    assertEquals(1, awards.size(), reply::body);
    assertEquals("active", awards.get(0).getString("status"));
    assertEquals(165000, awards.get(0).getJsonObject("value").getJsonNumber("amount").intValue());
    String kvk = winner.substring("tender-".length(), "tender-".length() + 8);
    JsonObject supplier = awards.get(0).getJsonArray("suppliers").getJsonObject(0);
    assertEquals("NL-KVK-" + kvk, supplier.getString("id"));
    JsonObject party =
        release.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("id").equals(supplier.getString("id")))
            .findFirst()
            .orElseThrow();
    assertEquals("micro", party.getJsonObject("details").getString("scale"), party::toString);
    assertTrue(party.getJsonArray("roles").toString().contains("supplier"));
    for (String withheld :
        List.of(
            "150000",
            "Wij bouwen met materiaal",
            "Verbouw in tien weken",
            "Sterke visie",
            "Stadhuis Nijmegen",
            "Onderbouwd met referenties",
            "Hoogste gewogen score",
            "Mag het ontwerp",
            "onjuist gewogen",
            "@")) {
      assertFalse(reply.body().contains(withheld), withheld + " is published");
    }

    String ocid = release.getString("ocid");
    assertTrue(ocidsPublishedOrChanged("2027-03-01", "2027-03-31").contains(ocid));
    assertFalse(ocidsPublishedOrChanged("2026-01-01", "2026-12-31").contains(ocid));
    Reply invalid =
        driver
            .anonymous()
            .inLanguage("en")
            .get("api/v1/ocds/releases?from=2027-02-30&to=2027-03-31&size=501");
    assertProblem(invalid, 400, "from", "size");
    assertTrue(invalid.body().contains("is not a date"), invalid::body);
  }

  /** The ocids in every page of the bulk list of a period, following links.next. */
  private List<String> ocidsPublishedOrChanged(String from, String to) {
    List<String> ocids = new java.util.ArrayList<>();
    String path = "api/v1/ocds/releases?from=" + from + "&to=" + to + "&size=500";
    for (int page = 0; path != null && page < 50; page++) {
      Reply reply = driver.anonymous().get(path);
      if (reply.status() == 404) {
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        return ocids;
      }
      assertEquals(200, reply.status(), reply.toString());
      JsonObject ocds = reply.json();
      ocds.getJsonArray("releases").getValuesAs(JsonObject.class).stream()
          .map(r -> r.getString("ocid"))
          .forEach(ocids::add);
      path =
          ocds.containsKey("links") && ocds.getJsonObject("links").containsKey("next")
              ? relative(ocds.getJsonObject("links").getString("next"))
              : null;
    }
    return ocids;
  }

  /** A link of the package made relative, since the application names its public address. */
  private static String relative(String link) {
    java.net.URI uri = java.net.URI.create(link);
    return uri.getRawPath().substring(1) + "?" + uri.getRawQuery();
  }

  private Reply score(ApiClient officer, long tender, long response, String score) {
    return officer.put(
        "api/v1/tenders/" + tender + "/evaluation/scores",
        "{\"responseId\":"
            + response
            + ",\"criterion\":0,\"score\":"
            + score
            + ",\"motivation\":\"Onderbouwd met referenties\"}");
  }

  private static List<JsonObject> responses(ApiClient client, long tender) {
    Reply reply = client.get("api/v1/tenders/" + tender + "/responses");
    assertEquals(200, reply.status(), reply.toString());
    return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
  }

  private static List<JsonObject> questionsSeenBy(ApiClient client, long tender) {
    return client
        .get("api/v1/tenders/" + tender + "/questions")
        .structure()
        .asJsonArray()
        .getValuesAs(JsonObject.class);
  }

  private static long id(Reply reply, int status) {
    assertEquals(status, reply.status(), reply.toString());
    return reply.json().getJsonNumber("id").longValue();
  }

  /** Waits for a mail whose subject contains the text; mail is sent after the commit. */
  private static boolean mailArrives(String email, String subject) {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < until) {
      if (mail.messagesTo(email).stream().anyMatch(m -> subject(m).contains(subject))) {
        return true;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException unreadable) {
      throw new AssertionError(unreadable);
    }
  }

  private static void assertProblem(Reply reply, int status, String... fields) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply::contentType);
    if (fields == null) {
      return;
    }
    List<String> named =
        reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    for (String field : fields) {
      assertTrue(named.contains(field), field + " not in " + named);
    }
  }

  private static void assertStillDraft(ApiClient officer, long tender, long version) {
    JsonObject now = officer.get("api/v1/tenders/" + tender).json();
    assertEquals("DRAFT", now.getString("status"));
    assertEquals(version, now.getInt("version"), "nothing changed");
    assertNotNull(now.getString("title"));
    assertFalse(now.containsKey("publishedAt") && !now.isNull("publishedAt"));
  }
}
