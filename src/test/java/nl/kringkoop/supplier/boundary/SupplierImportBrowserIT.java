package nl.kringkoop.supplier.boundary;

import static nl.kringkoop.supplier.boundary.SupplierRegistrationIT.newKvkNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Journey through a real browser: an administrator uploads a regional network's file on the import
 * page, follows the progress and reads which line was refused and why.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierImportBrowserIT {

  @ArquillianResource URL arquillianUrl;

  @TempDir Path folder;

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
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

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

    browser.get(deployment + "login.xhtml");
    visible(By.id("username")).sendKeys("admin");
    browser.findElement(By.id("password")).sendKeys("kringkoop-demo");
    browser.findElement(By.id("signIn")).click();
    wait.until(ExpectedConditions.urlContains("/admin/index.xhtml"));
    visible(By.id("link-import")).click();
    wait.until(ExpectedConditions.urlContains("/admin/import.xhtml"));

    browser
        .findElement(By.cssSelector("[id^='uploadForm:file'][type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.id("uploadForm:startImport")).click();

    wait.until(ExpectedConditions.textToBe(By.id("count-imported"), "2"));
    assertEquals("1", text("count-rejected"));
    String report = text("statusForm:rejectedRows");
    assertTrue(report.contains("4"), "the refused line is named: " + report);
    assertTrue(report.contains("kvkNumber"), report);
    assertTrue(report.contains("cpvCodes"), report);
  }

  private org.openqa.selenium.WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private String text(String id) {
    return visible(By.id(id)).getText().strip();
  }
}
