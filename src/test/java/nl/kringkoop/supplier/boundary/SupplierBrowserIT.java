package nl.kringkoop.supplier.boundary;

import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.newKvkNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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

/**
 * Journeys through a real browser: a new firm registers on the public form (first with a mistake),
 * signs in with its email address and completes its profile; an administrator uploads a regional
 * network's file on the import page, follows the progress and reads which line was refused and why.
 * One class, so the suite starts the application once for both.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierBrowserIT {

  private static final String PASSWORD = "fietsen repareren we samen";

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
  void aFirmRegistersSignsInAndCompletesItsProfile() {
    String kvk = newKvkNumber();
    String email = "werkplaats-" + kvk + "@firm.example";
    web.open("login.xhtml");
    web.click("registerLink");
    web.awaitUrl("register.xhtml");

    web.type("registration:kvkNumber", "1234");
    web.type("registration:password", PASSWORD);
    web.type("registration:name", "Fietswerkplaats " + kvk);
    choose("registration:municipalityCode", "GM0268");
    web.type("registration:email", email);
    web.type("registration:employees", "6");
    web.type("registration:annualTurnover", "310000");
    web.choose("registration:cpvCodes", "3443", "34430000");
    web.click(By.cssSelector("label[for='registration:rStrategies:4']")); // R4 Repair
    web.click("registration:register");

    String kvkError =
        web.visible(By.cssSelector("[id='registration:kvkNumber'] ~ .ui-message")).getText();
    assertTrue(kvkError.contains("8 cijfers"), kvkError);
    assertEquals(
        "Fietswerkplaats " + kvk,
        web.value("registration:name"),
        "what was typed stays on the form");

    web.driver().findElement(By.id("registration:kvkNumber")).clear();
    web.type("registration:kvkNumber", kvk);
    web.type("registration:password", PASSWORD);
    web.click("registration:register");

    web.visible(By.id("registeredNotice"));
    web.signIn(email, PASSWORD);
    web.awaitUrl("/supplier/index.xhtml");
    assertEquals(kvk, web.text("firm-kvk"));

    web.click("profileLink");
    web.awaitUrl("/supplier/profile.xhtml");
    assertTrue(web.text("profile-size").startsWith("Micro-onderneming"), "6 staff, EUR 310,000");
    int before = percent();
    web.type(
        "profile:description",
        "Wij repareren en verhuren fietsen voor medewerkers van gemeenten, met tweedehands"
            + " onderdelen uit de regio.");
    web.click("profile:addReference");
    web.type("profile:references:0:buyer", "Gemeente Nijmegen");
    web.type("profile:references:0:year", "2025");
    web.type(
        "profile:references:0:circularAspect", "Dienstfietsen hersteld in plaats van vervangen");
    web.click("profile:save");

    web.awaitTextIn("profile:profileMessages", "opgeslagen");
    assertEquals(before + 25, percent(), "a description and a reference were added");
    assertEquals("Gemeente Nijmegen", web.value("profile:references:0:buyer"));
  }

  private int percent() {
    return Integer.parseInt(web.text("completenessPercent").replaceAll("\\D", ""));
  }

  /** A PrimeFaces select menu: open it and click the option whose label mentions the value. */
  private void choose(String id, String labelPart) {
    web.click(id);
    web.click(By.cssSelector("[id='" + id + "_panel'] li[data-label*='" + labelPart + "']"));
  }

  /** The CPV picker: type digits and take the suggestion starting with the code. */
  @Test
  void anAdministratorUploadsAFileAndSeesTheRefusedLine() throws Exception {
    String first = newKvkNumber();
    String second = newKvkNumber();
    Path file = folder.resolve("netwerk-leden.csv");
    Files.writeString(
        file,
        String.join(
            "\n",
            "kvkNumber;name;email;municipalityCode;employees;annualTurnover;cpvCodes",
            first + ";Netwerklid Een;een-" + first + "@netwerk.example;GM0268;4;250000;39100000",
            second + ";Netwerklid Twee;twee-" + second + "@netwerk.example;GM0202;12;900000;",
            "1234;Netwerklid Fout;fout@netwerk.example;GM0268;2;80000;45210000-9",
            ""),
        StandardCharsets.UTF_8);

    web.open("login.xhtml");
    web.signIn("admin", "kringkoop-demo");
    web.awaitUrl("/admin/index.xhtml");
    web.click("link-import");
    web.awaitUrl("/admin/import.xhtml");

    web.driver()
        .findElement(By.cssSelector("[id^='uploadForm:file'][type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    web.click("uploadForm:startImport");

    web.awaitText("count-imported", "2");
    assertEquals("1", web.text("count-rejected"));
    String report = web.text("statusForm:rejectedRows");
    assertTrue(report.contains("4"), "the refused line is named: " + report);
    assertTrue(report.contains("kvkNumber"), report);
    assertTrue(report.contains("cpvCodes"), report);
  }
}
