package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey through a real browser: the demo officer posts a need in the wizard, first publishes it
 * with weights adding up to 80 and is told so, fixes the weights, publishes, and finds the tender
 * published in the municipality's list.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class TenderPostingBrowserIT {

  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

  @ArquillianResource URL deployment;

  private WebJourney web;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void openBrowser() {
    web = WebJourney.start(deployment, Duration.ofSeconds(20));
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

    pickCpv("need:cpvCodes", "3913", "39130000");
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
  private void pickCpv(String id, String typed, String code) {
    web.type(id + "_input", typed);
    web.click(By.cssSelector("[id='" + id + "_panel'] li[data-item-label^='" + code + "']"));
  }
}
