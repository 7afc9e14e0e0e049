package nl.kringkoop.identity.boundary;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey through a real browser: each user group signs in on the login page, lands on its own
 * start page, switches language and signs out.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

  @ArquillianResource URL arquillianUrl;

  /** The browser resolves no host names but localhost (see Browser), so it goes there. */
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
  void officerSignsInSeesHerStartPageInDutchAndEnglishAndSignsOut() {
    browser.get(deployment);
    assertEquals("Samen circulair inkopen in uw regio", text("home-heading"));
    browser.findElement(By.id("heroSignIn")).click();

    signIn("officer", "kringkoop-demo");
    wait.until(ExpectedConditions.urlContains("/officer/index.xhtml"));
    assertEquals("Inkoop", text("start-heading"));
    assertEquals("Gemeente Nijmegen", text("current-organisation"));
    assertTrue(Long.parseLong(text("market-local")) > 0, "the demo region has local firms");

    browser.findElement(By.id("lang-en")).click();
    wait.until(ExpectedConditions.textToBe(By.id("start-heading"), "Procurement"));
    assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

    browser.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNotice")));
    assertEquals("You have signed out.", text("signedOutNotice"));
  }

  @Test
  void eachUserGroupLandsOnItsOwnStartPage() {
    signInFromLoginPage("supplier");
    wait.until(ExpectedConditions.urlContains("/supplier/index.xhtml"));
    assertEquals("Mijn bedrijf", text("start-heading"));
    assertTrue(text("firm-kvk").matches("\\d{8}"));
    signOut();

    signInFromLoginPage("analyst");
    wait.until(ExpectedConditions.urlContains("/analyst/index.xhtml"));
    assertEquals("Monitor", text("start-heading"));
    signOut();

    signInFromLoginPage("admin");
    wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    assertEquals("Beheer", text("start-heading"));
    assertTrue(Long.parseLong(text("count-suppliers")) >= 200);
    assertTrue(
        browser.findElement(By.id("auditForm:audit")).getText().contains("SIGN_IN_SUCCEEDED"));
  }

  @Test
  void aWrongPasswordIsExplainedOnTheForm() {
    browser.get(deployment + "login.xhtml");
    signIn("officer", "wrong-password");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("loginMessages"), "klopt niet"));
    assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
  }

  @Test
  void theLoginFormWorksWithTheKeyboardAlone() {
    browser.get(deployment + "login.xhtml");
    var username = browser.findElement(By.id("username"));
    username.sendKeys("analyst", Keys.TAB, "kringkoop-demo", Keys.ENTER);
    wait.until(ExpectedConditions.urlContains("/analyst/index.xhtml"));
    assertEquals("Monitor", text("start-heading"));
  }

  private void signInFromLoginPage(String username) {
    browser.get(deployment + "login.xhtml");
    signIn(username, "kringkoop-demo");
  }

  private void signIn(String username, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.id("signIn")).click();
  }

  private void signOut() {
    browser.findElement(By.id("signOutForm:signOut")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedOutNotice")));
  }

  private String text(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText().strip();
  }
}
