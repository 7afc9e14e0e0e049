package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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

/**
 * Journey through a real browser: the officer publishes a need (through the API, so this journey
 * does not depend on the officer's screens); anyone can read it on the public pages; the supplier
 * finds it among the open tenders, submits a pitch without a vision and is told so, completes it,
 * and sees the response listed as submitted.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class TenderPitchBrowserIT {

  @ArquillianResource URL deployment;

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
  void aSupplierFindsAPublishedNeedAndPitchesForIt() {
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

    web.click("back-to-list");
    web.awaitUrl("/supplier/tenders.xhtml");
    web.awaitText("my-responses-response-" + id, "Pitch ingediend");
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
