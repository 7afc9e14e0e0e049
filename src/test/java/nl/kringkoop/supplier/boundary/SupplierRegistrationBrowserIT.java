package nl.kringkoop.supplier.boundary;

import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.newKvkNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import nl.kringkoop.platform.testing.Browser;
import nl.kringkoop.platform.testing.BrowserSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey through a real browser: a new firm registers on the public form (first with a mistake),
 * signs in with its email address and completes its profile.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierRegistrationBrowserIT {

  private static final String PASSWORD = "fietsen repareren we samen";

  @ArquillianResource URL arquillianUrl;

  private String deployment;
  private WebDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.war();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    deployment =
        new URL("http", "localhost", arquillianUrl.getPort(), arquillianUrl.getPath()).toString();
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aFirmRegistersSignsInAndCompletesItsProfile() {
    String kvk = newKvkNumber();
    String email = "werkplaats-" + kvk + "@firm.example";
    browser.get(deployment + "login.xhtml");
    click("registerLink");
    wait.until(ExpectedConditions.urlContains("register.xhtml"));

    type("registration:kvkNumber", "1234");
    type("registration:password", PASSWORD);
    type("registration:name", "Fietswerkplaats " + kvk);
    choose("registration:municipalityCode", "GM0268");
    type("registration:email", email);
    type("registration:employees", "6");
    type("registration:annualTurnover", "310000");
    pickCpv("registration:cpvCodes", "3443", "34430000");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("label[for='registration:rStrategies:4']")))
        .click(); // R4 Repair
    click("registration:register");

    WebElement kvkError = visible(By.cssSelector("[id='registration:kvkNumber'] ~ .ui-message"));
    assertTrue(kvkError.getText().contains("8 cijfers"), kvkError.getText());
    assertEquals(
        "Fietswerkplaats " + kvk,
        browser.findElement(By.id("registration:name")).getAttribute("value"),
        "what was typed stays on the form");

    browser.findElement(By.id("registration:kvkNumber")).clear();
    type("registration:kvkNumber", kvk);
    type("registration:password", PASSWORD);
    click("registration:register");

    visible(By.id("registeredNotice"));
    type("username", email);
    type("password", PASSWORD);
    click("signIn");
    wait.until(ExpectedConditions.urlContains("/supplier/index.xhtml"));
    assertEquals(kvk, text("firm-kvk"));

    click("profileLink");
    wait.until(ExpectedConditions.urlContains("/supplier/profile.xhtml"));
    assertTrue(text("profile-size").startsWith("Micro-onderneming"), "6 staff, EUR 310,000");
    int before = percent();
    type(
        "profile:description",
        "Wij repareren en verhuren fietsen voor medewerkers van gemeenten, met tweedehands"
            + " onderdelen uit de regio.");
    click("profile:addReference");
    visible(By.id("profile:references:0:buyer")).sendKeys("Gemeente Nijmegen");
    type("profile:references:0:year", "2025");
    type("profile:references:0:circularAspect", "Dienstfietsen hersteld in plaats van vervangen");
    click("profile:save");

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("profile:profileMessages"), "opgeslagen"));
    assertEquals(before + 25, percent(), "a description and a reference were added");
    assertEquals(
        "Gemeente Nijmegen",
        browser.findElement(By.id("profile:references:0:buyer")).getAttribute("value"));
  }

  private int percent() {
    String sentence = text("completenessPercent");
    return Integer.parseInt(sentence.replaceAll("\\D", ""));
  }

  /** A PrimeFaces select menu: open it and click the option whose label mentions the value. */
  private void choose(String id, String labelPart) {
    click(id);
    visible(By.cssSelector("[id='" + id + "_panel'] li[data-label*='" + labelPart + "']")).click();
  }

  /** The CPV picker: type digits and take the suggestion starting with the code. */
  private void pickCpv(String id, String typed, String code) {
    type(id + "_input", typed);
    visible(By.cssSelector("[id='" + id + "_panel'] li[data-item-label^='" + code + "']")).click();
  }

  private void type(String id, String text) {
    visible(By.id(id)).sendKeys(text);
  }

  private void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private String text(String id) {
    return visible(By.id(id)).getText().strip();
  }
}
