package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.BrowserSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.platform.testing.WebJourney;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journeys through a real browser. The demo officer posts a need in the wizard, first publishes it
 * with weights adding up to 80 and is told so, fixes the weights, publishes, and finds the tender
 * published in the municipality's list. A supplier finds a published need on the public pages and
 * among the open tenders, submits a pitch without a vision and is told so, completes it, and sees
 * the response listed as submitted, with a file added to the pitch. A supplier invited to a
 * partnership accepts it in its partnerships inbox and sees the consortium formed. One class, so
 * the suite starts the application once for all.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class TenderBrowserIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @ArquillianResource URL deployment;

  @TempDir Path folder;

  private WebJourney web;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void openBrowser() {
    web = WebJourney.start(deployment, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    web.close();
  }

  @Test
  void anOfficerPostsANeedFixesItsWeightsAndPublishesIt() {
    String title = "Circulair kantoormeubilair " + UUID.randomUUID().toString().substring(0, 8);
    web.open("login.xhtml");
    web.signIn("officer", "kringkoop-demo");
    web.awaitUrl("/officer/index.xhtml");
    web.click("nav-tenders");
    web.awaitUrl("/officer/tenders.xhtml");
    web.click("newNeed");
    web.awaitUrl("/officer/need.xhtml");

    web.type("need:title", title);
    web.type(
        "need:ambition",
        "Werkplekken voor het stadskantoor die zo veel mogelijk uit hergebruikt meubilair bestaan.");
    web.click("need:next");

    web.choose("need:cpvCodes", "3913", "39130000");
    web.click("need:next");

    web.type("need:maxBudget", "150000");
    web.type("need:estimatedValue", "120000");
    web.click("need:next");

    web.type("need:priceWeight", "30");
    web.type("need:criteria:0:criterionName", "Circulariteit van het ontwerp");
    web.type("need:criteria:0:criterionWeight", "50" + Keys.TAB);
    web.awaitTextIn("need:weightStatus", "80%");
    web.click("need:next");

    web.type("need:entryDeadline_input", at(3, 12));
    web.type("need:dialogueStart_input", at(4, 9));
    web.type("need:dialogueEnd_input", at(5, 17));
    web.type("need:offerDeadline_input", at(8, 12));
    web.click("need:next");

    web.awaitTextIn("problem-criteria", "80");
    WebElement publish = web.visible(By.id("need:publish"));
    publish.click();
    new WebDriverWait(web.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.stalenessOf(publish));
    web.awaitTextIn("need:messages", "Niet alles is goed ingevuld");
    String weights = web.text("problem-criteria");
    assertTrue(weights.contains("80") && weights.contains("100"), weights);

    web.click("need:back");
    web.visible(By.id("need:offerDeadline_input"));
    web.click("need:back");
    web.visible(By.id("need:criteria:0:criterionWeight"));
    assertEquals(
        "Circulariteit van het ontwerp",
        web.value("need:criteria:0:criterionName"),
        "what was typed stays in the wizard");
    web.driver().findElement(By.id("need:criteria:0:criterionWeight")).clear();
    web.type("need:criteria:0:criterionWeight", "70" + Keys.TAB);
    web.awaitTextIn("need:weightStatus", "100%");
    web.click("need:next");
    web.visible(By.id("need:offerDeadline_input"));
    web.click("need:next");
    web.visible(By.id("readyToPublish"));
    web.click("need:publish");

    web.awaitUrl("/officer/tender.xhtml");
    assertEquals("Gepubliceerd", web.text("tender-status"));
    assertEquals(title, web.text("tender-title"));
    String id = web.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");

    web.click("nav-tenders");
    web.awaitUrl("/officer/tenders.xhtml");
    assertEquals(title, web.text("tender-" + id));
    assertEquals("Gepubliceerd", web.text("tender-status-" + id));
  }

  /** A moment {@code days} from today at {@code hour}:00, typed as the officer types it. */
  private static String at(int days, int hour) {
    return LocalDateTime.of(TODAY.plusDays(days), LocalTime.of(hour, 0)).format(TYPED);
  }

  /** The CPV picker: type digits and take the suggestion starting with the code. */
  @Test
  void theDemoTendersOpenInEveryPhaseForTheOfficer() {
    web.open("login.xhtml");
    web.signIn("officer", "kringkoop-demo");
    web.awaitUrl("/officer/");
    web.open("officer/tenders.xhtml");
    List<String> pages = links("a[id^='tender-']");
    assertTrue(pages.size() >= 4, "the demo has tenders in draft, entry, dialogue and award");
    for (String page : pages) {
      assertPageShowsATender(page);
    }
  }

  @Test
  void theDemoTendersOpenForTheSupplierAndThePublic() {
    web.open("public/tenders.xhtml");
    List<String> published = links("a[id^='public-tenders-link-']");
    assertTrue(published.size() >= 3, "published, in dialogue and awarded demo tenders");
    for (String page : published) {
      assertPageShowsATender(page);
    }
    web.open("login.xhtml");
    web.signIn("supplier", "kringkoop-demo");
    web.awaitUrl("/supplier/");
    web.open("supplier/tenders.xhtml?status=ALL");
    List<String> open = links("a[id^='open-tenders-link-']");
    assertTrue(open.size() >= 3, open::toString);
    for (String page : open) {
      assertPageShowsATender(page);
    }
  }

  @Test
  void anOfficerReadsWhichFirmsMatchAPublishedNeedAndWhy() {
    web.open("login.xhtml");
    web.signIn("officer", "kringkoop-demo");
    web.awaitUrl("/officer/");
    long waalkade =
        new ApiClient(deployment)
            .get("api/v1/tenders?q=Waalkade")
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    web.open("officer/tender.xhtml?id=" + waalkade);
    web.click("toMatches");
    web.awaitUrl("/officer/matches.xhtml");
    List<WebElement> firms =
        web.driver().findElements(org.openqa.selenium.By.cssSelector("a[id^='firm-']"));
    assertFalse(firms.isEmpty(), "the demo registry has firms for the open demo need");
    String firstId = firms.get(0).getAttribute("id").substring("firm-".length());
    assertTrue(web.text("score-" + firstId).endsWith("%"));
    assertFalse(web.text("summary-" + firstId).isEmpty());
    web.click(org.openqa.selenium.By.cssSelector("#matches\\:list .ui-row-toggler"));
    String parts = web.text("parts-" + firstId);
    assertTrue(parts.contains("Vakgebied") && parts.contains("Nabijheid"), parts);

    web.click("matches:socialOnly");
    web.click("matches:apply");
    web.awaitTextIn("matches:list", "");
    for (WebElement firm :
        web.driver().findElements(org.openqa.selenium.By.cssSelector("a[id^='firm-']"))) {
      assertTrue(firm.isDisplayed());
    }

    web.click("toPartnerships");
    web.awaitUrl("/officer/partnerships.xhtml");
    assertFalse(web.text("proposals-heading").isEmpty());
    assertTrue(
        web.driver().findElements(org.openqa.selenium.By.id("error-heading")).isEmpty(),
        web.driver().getPageSource());
  }

  private List<String> links(String css) {
    return web.driver().findElements(org.openqa.selenium.By.cssSelector(css)).stream()
        .map(link -> link.getAttribute("href"))
        .toList();
  }

  private void assertPageShowsATender(String page) {
    web.driver().get(page);
    assertTrue(web.text("tender-title").length() > 0, page);
    assertTrue(
        web.driver().findElements(org.openqa.selenium.By.id("error-heading")).isEmpty(), page);
  }

  @Test
  void aSupplierFindsAPublishedNeedAndPitchesForIt() throws Exception {
    String title = "Circulaire kantoorinrichting " + System.nanoTime();
    long id = publishedNeed(title);

    web.open("public/tenders.xhtml?q=" + title.replace(' ', '+'));
    web.awaitText("public-tenders-link-" + id, title);
    web.click("public-tenders-link-" + id);
    web.awaitText("tender-title", title);
    assertTrue(web.text("need-cpv").contains("45000000-7"), web.text("need-cpv"));
    assertTrue(web.text("need-criteria").contains("Visie"), web.text("need-criteria"));
    web.visible(org.openqa.selenium.By.id("cta-sign-in"));

    web.open("login.xhtml");
    web.signIn("supplier", "kringkoop-demo");
    web.awaitUrl("/supplier/");
    web.click("nav-open-tenders");
    web.awaitUrl("/supplier/tenders.xhtml");
    web.click("open-tenders-link-" + id);
    web.awaitText("tender-title", title);
    assertTrue(web.text("entry-deadline").contains("nog"), web.text("entry-deadline"));

    web.type("pitch:expertise", "Twintig jaar hergebruik van kantoormeubilair in de regio.");
    web.click("pitch:submitPitch");
    web.awaitTextIn("pitch:visionMessage", "verplicht");
    assertTrue(web.text("own-none").length() > 0, "nothing was stored");

    web.type("pitch:vision", "Bestaand meubilair eerst hergebruiken en repareren, dan pas kopen.");
    web.click("pitch:submitPitch");
    web.awaitText("own-status", "Pitch ingediend");
    assertEquals(
        "Twintig jaar hergebruik van kantoormeubilair in de regio.", web.value("pitch:expertise"));
    assertTrue(web.text("files-none").length() > 0);

    Path plan = folder.resolve("plan-van-aanpak.pdf");
    Files.writeString(plan, "%PDF-1.4 plan van aanpak");
    web.driver()
        .findElement(org.openqa.selenium.By.cssSelector("[id^='files:file'][type='file']"))
        .sendKeys(plan.toString());
    web.click("files:uploadFile");
    web.awaitTextIn("pitch-files", "plan-van-aanpak.pdf");

    web.click("back-to-list");
    web.awaitUrl("/supplier/tenders.xhtml");
    web.awaitText("my-responses-response-" + id, "Pitch ingediend");
  }

  @Test
  void aSupplierAcceptsAPartnershipInvitationAndTheConsortiumIsFormed() {
    long tender = publishedNeed("Circulaire renovatie in samenwerking " + System.nanoTime());
    TenderDriver driver = new TenderDriver(deployment);
    long demoFirm =
        driver
            .as("supplier")
            .get("api/v1/me")
            .json()
            .getJsonObject("organisation")
            .getJsonNumber("id")
            .longValue();
    ApiClient lead = driver.as(driver.newFirm());
    String proposal =
        Json.createObjectBuilder()
            .add(
                "partners",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("supplierId", demoFirm)
                            .add("workPackage", "Herstel van kozijnen en deuren")
                            .add("sharePercent", 40)))
            .add("leadWorkPackage", "Ontwerp en regie")
            .add("leadSharePercent", 60)
            .build()
            .toString();
    ApiClient.Reply proposed = lead.post("api/v1/tenders/" + tender + "/consortia", proposal);
    assertEquals(201, proposed.status(), proposed.toString());
    long consortium = proposed.json().getJsonNumber("id").longValue();

    web.open("login.xhtml");
    web.signIn("supplier", "kringkoop-demo");
    web.awaitUrl("/supplier/");
    web.click("nav-partnerships");
    web.awaitUrl("/supplier/partnerships.xhtml");
    assertEquals("Voorgesteld", web.text("consortium-status-" + consortium));
    assertEquals("Nog geen antwoord", web.text("members-" + consortium + "-answer-" + demoFirm));
    web.click(By.cssSelector("#consortium-" + consortium + " button[id$=':accept']"));

    web.awaitText("consortium-status-" + consortium, "Gevormd");
    web.awaitTextIn("inbox:messages", "aangenomen");
    assertEquals("Aangenomen", web.text("members-" + consortium + "-answer-" + demoFirm));
    assertTrue(
        web.driver()
            .findElements(By.cssSelector("#consortium-" + consortium + " button[id$=':accept']"))
            .isEmpty(),
        "an answered invitation offers no buttons");
    assertTrue(
        web.driver().findElements(By.cssSelector("article[id^='consortium-']")).size() >= 2,
        "the demo data invites the demo firm to a partnership too");

    web.click(By.cssSelector("#consortium-title-" + consortium + " a"));
    web.awaitUrl("/supplier/tender.xhtml");
    assertEquals("Gevormd", web.text("partnership-status"));
    assertEquals("Aangenomen", web.text("partnership-members-answer-" + demoFirm));
  }

  @Test
  void aSupplierInvitesAPartnerFromTheTenderPageWithSharesAddingUpTo100() {
    long tender = publishedNeed("Circulaire verbouw met een partner " + System.nanoTime());
    String partner = new TenderDriver(deployment).newFirm();
    String partnerName = "Rondebouw " + partner.replaceAll("\\D", "");

    web.open("login.xhtml");
    web.signIn("supplier", "kringkoop-demo");
    web.awaitUrl("/supplier/");
    web.open("supplier/tender.xhtml?id=" + tender);
    web.type("forming:partners:0:supplierId_input", partnerName);
    web.click(
        By.cssSelector(
            "[id='forming:partners:0:supplierId_panel'] li[data-item-label^='"
                + partnerName
                + "']"));
    new WebDriverWait(web.driver(), Duration.ofSeconds(20))
        .until(d -> web.value("forming:partners:0:supplierId_input").startsWith(partnerName));
    web.type("forming:partners:0:workPackage", "Sloop en oogst van bouwdelen");
    web.type("forming:partners:0:sharePercent_input", "30");
    web.type("forming:leadWorkPackage", "Ontwerp en regie");
    web.type("forming:leadSharePercent_input", "60");
    web.click("forming:invite");
    web.awaitTextIn("forming:sharesMessage", "90");

    WebElement leadShare = web.visible(By.id("forming:leadSharePercent_input"));
    leadShare.sendKeys(Keys.chord(Keys.CONTROL, "a"), "70");
    web.click("forming:invite");
    web.awaitText("partnership-status", "Voorgesteld");
    web.awaitTextIn("messages", "verstuurd");
    assertEquals("Nog geen antwoord", web.text("partnership-members-answer-" + firmOf(partner)));
  }

  private long firmOf(String username) {
    return new TenderDriver(deployment)
        .as(username)
        .get("api/v1/me")
        .json()
        .getJsonObject("organisation")
        .getJsonNumber("id")
        .longValue();
  }

  /** Drafts and publishes a need as the demo officer; returns its id. */
  private long publishedNeed(String title) {
    ApiClient officer = new ApiClient(deployment).signedInAs("officer", "kringkoop-demo");
    Instant now = Instant.now();
    String need =
        Json.createObjectBuilder()
            .add("title", title)
            .add("ambition", "Minder nieuw meubilair, meer hergebruik in het stadhuis.")
            .add("purchaseKind", "SERVICES")
            .add("location", "GM0268")
            .add("cpvCodes", Json.createArrayBuilder().add("45000000-7"))
            .add("rStrategies", Json.createArrayBuilder().add("R3").add("R4"))
            .add(
                "maxBudget", Json.createObjectBuilder().add("amount", 80000).add("currency", "EUR"))
            .add("priceWeight", 40)
            .add(
                "criteria",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("name", "Visie").add("weight", 60)))
            .add("socialReturnPercent", 5)
            .add("entryDeadline", now.plus(Duration.ofDays(4)).toString())
            .add("offerDeadline", now.plus(Duration.ofDays(20)).toString())
            .build()
            .toString();
    ApiClient.Reply created = officer.post("api/v1/tenders", need);
    assertEquals(201, created.status(), created.toString());
    long id = created.json().getJsonNumber("id").longValue();
    ApiClient.Reply published = officer.post("api/v1/tenders/" + id + "/publish", "{}");
    assertEquals(200, published.status(), published.toString());
    return id;
  }
}
