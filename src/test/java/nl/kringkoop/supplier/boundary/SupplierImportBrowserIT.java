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
 * Journey through a real browser: an administrator uploads a regional network's file on the import
 * page, follows the progress and reads which line was refused and why.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SupplierImportBrowserIT {

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
