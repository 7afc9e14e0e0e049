package nl.kringkoop.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.BrowserSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.platform.testing.WebJourney;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo analyst follows Nijmegen's spend on the dashboard: sees this year's figures against the
 * targets, switches to last year (the year goes into the address) and sees other figures, and
 * downloads the workbook and the council report, whose contents match the report the API gives. The
 * API itself answers the municipality's staff only and checks the year. One class, so the suite
 * starts the application once for all.
 */
@ExtendWith(BrowserSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class ReportBrowserIT {

  private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Europe/Amsterdam")).getYear();
  private static final int LAST_YEAR = THIS_YEAR - 1;
  private static final String PASSWORD = "kringkoop-demo";

  @ArquillianResource URL deployment;

  @TempDir Path downloads;

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
  void theAnalystComparesTwoYearsAndDownloadsTheWorkbookAndTheCouncilReport() throws Exception {
    ApiClient analyst = new ApiClient(deployment).signedInAs("analyst", PASSWORD);
    JsonObject lastYear = analyst.get("api/v1/reports/spend?year=" + LAST_YEAR).json();
    BigDecimal lastYearTotal =
        lastYear.getJsonObject("totalSpend").getJsonNumber("amount").bigDecimalValue();
    assertTrue(lastYearTotal.signum() > 0, "the demo data has spend last year");

    web.open("login.xhtml");
    web.signIn("analyst", PASSWORD);
    web.awaitUrl("/analyst/index.xhtml");
    web.click("nav-dashboard");
    web.awaitUrl("/analyst/dashboard.xhtml");
    web.awaitTextIn("year-heading", String.valueOf(THIS_YEAR));
    String thisYearTotal = web.text("figure-total");
    assertTrue(thisYearTotal.startsWith("€"), thisYearTotal);
    assertTrue(web.text("share-circular").contains("%"), "shares against the targets");
    assertFalse(
        web.driver().findElements(By.cssSelector("[id='exports:months'] tbody tr")).isEmpty());
    assertEquals(
        12, web.driver().findElements(By.cssSelector("[id='exports:months'] tbody tr")).size());

    chooseYear(LAST_YEAR);
    web.awaitUrl("year=" + LAST_YEAR);
    String shownLastYear = web.text("figure-total");
    assertNotEquals(thisYearTotal, shownLastYear, "the figures follow the year");
    assertEquals(lastYearTotal, euros(shownLastYear), "the page shows what the API reports");

    allowDownloads();
    web.click("exports:workbook");
    Path workbook = downloaded("spend-" + LAST_YEAR + ".xlsx");
    try (Workbook excel = new XSSFWorkbook(Files.newInputStream(workbook))) {
      Sheet summary = excel.getSheet("Kerncijfers");
      assertEquals("Bedrag (EUR)", summary.getRow(0).getCell(1).getStringCellValue());
      assertEquals(
          lastYearTotal.doubleValue(), summary.getRow(1).getCell(1).getNumericCellValue(), 0.005);
      assertEquals(13, excel.getSheet("Per maand").getPhysicalNumberOfRows());
    }

    web.click("exports:pdf");
    Path report = downloaded("spend-" + LAST_YEAR + ".pdf");
    try (PDDocument pdf = Loader.loadPDF(report.toFile())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertTrue(text.contains("Inkoop en bestedingen " + LAST_YEAR), text);
      assertTrue(text.contains(lastYear.getJsonObject("municipality").getString("name")));
      assertTrue(text.contains("Totale besteding: EUR " + dutch(lastYearTotal)), text);
      assertTrue(text.contains("Kerncijfers tegen de doelen"));
    }
  }

  @Test
  void anOfficerDeletesAnInvoiceOnTheContractPageAndTheReportFollows() {
    ApiClient officer = new ApiClient(deployment).signedInAs("officer", PASSWORD);
    String reference = "NIJ-" + LAST_YEAR + "-020";
    JsonObject contract =
        officer.get("api/v1/contracts?size=100").json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(c -> reference.equals(c.getString("reference")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("demo contract " + reference));
    long id = contract.getJsonNumber("id").longValue();
    JsonObject before = officer.get("api/v1/contracts/" + id + "/invoices").json();
    JsonObject newest = before.getJsonArray("items").getJsonObject(0);
    BigDecimal amount = newest.getJsonObject("amount").getJsonNumber("amount").bigDecimalValue();
    int year = LocalDate.parse(newest.getString("invoiceDate")).getYear();
    BigDecimal totalBefore = total(officer, year);

    web.open("login.xhtml");
    web.signIn("officer", PASSWORD);
    web.awaitUrl("/officer/");
    web.open("officer/contract.xhtml?id=" + id);
    web.click("invoiceList:invoicesTable:0:delete");
    web.click(By.cssSelector(".ui-confirmdialog-yes"));
    web.awaitTextIn("messages", "verwijderd");

    JsonObject after = officer.get("api/v1/contracts/" + id + "/invoices").json();
    assertEquals(before.getInt("total") - 1, after.getInt("total"));
    assertEquals(404, officer.get("api/v1/invoices/" + newest.getJsonNumber("id")).status());
    BigDecimal totalAfter = total(officer, year);
    assertEquals(
        0,
        totalBefore.subtract(amount).compareTo(totalAfter),
        "the summary follows at once: " + totalBefore + " - " + amount + " = " + totalAfter);
  }

  private static BigDecimal total(ApiClient client, int year) {
    return client
        .get("api/v1/reports/spend?year=" + year)
        .json()
        .getJsonObject("totalSpend")
        .getJsonNumber("amount")
        .bigDecimalValue();
  }

  @Test
  void theReportApiIsForTheMunicipalitysStaffAndChecksTheYear() {
    ApiClient api = new ApiClient(deployment);
    ApiClient officer = api.signedInAs("officer", PASSWORD);
    ApiClient supplier = api.signedInAs("supplier", PASSWORD);

    assertEquals(401, api.get("api/v1/reports/spend?year=" + THIS_YEAR).status());
    assertEquals(403, supplier.get("api/v1/reports/spend?year=" + THIS_YEAR).status());
    assertEquals(403, supplier.get("api/v1/reports/spend.pdf?year=" + THIS_YEAR).status());
    ApiClient.Reply missing = officer.inLanguage("en").get("api/v1/reports/spend");
    assertEquals(400, missing.status());
    assertTrue(missing.contentType().startsWith("application/problem+json"), missing.toString());
    assertEquals("year", missing.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(400, officer.get("api/v1/reports/spend?year=next").status());

    JsonObject report = officer.get("api/v1/reports/spend?year=" + THIS_YEAR).json();
    assertEquals(THIS_YEAR, report.getInt("year"));
    assertEquals("GM0268", report.getJsonObject("municipality").getString("code"));
    assertEquals(12, report.getJsonArray("byMonth").size());
    assertEquals(11, report.getJsonArray("byRStrategy").size());
    assertTrue(report.containsKey("targets"));
    assertTrue(report.getJsonObject("shares").containsKey("circular"));
    assertTrue(report.getJsonObject("payments").containsKey("onTimeRate"));

    ApiClient.Reply csv =
        officer.send(
            officer.request("api/v1/reports/spend?year=" + THIS_YEAR).header("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.contentType().startsWith("text/csv"));
    List<String> lines = csv.body().lines().toList();
    assertEquals("section;key;amount", lines.get(0));
    assertTrue(
        lines.contains(
            "totals;total;"
                + report
                    .getJsonObject("totalSpend")
                    .getJsonNumber("amount")
                    .bigDecimalValue()
                    .setScale(2)
                    .toPlainString()),
        csv.body());

    JsonObject empty = officer.get("api/v1/reports/spend?year=2001").json();
    assertEquals(0, empty.getJsonObject("totalSpend").getJsonNumber("amount").intValue());
    assertTrue(empty.isNull("targets"), "no targets for 2001");

    String targets = "api/v1/reports/targets?year=2001";
    assertFalse(officer.get(targets).json().getBoolean("set"));
    ApiClient.Reply bad =
        officer.put(targets, "{\"circular\":101,\"local\":40,\"sme\":50.555,\"social\":5}");
    assertEquals(400, bad.status());
    assertEquals(2, bad.json().getJsonArray("errors").size(), bad.toString());
    ApiClient.Reply set =
        officer.put(targets, "{\"circular\":30,\"local\":40,\"sme\":50.5,\"social\":5}");
    assertEquals(200, set.status(), set.toString());
    long version = set.json().getJsonNumber("version").longValue();
    assertEquals(
        409,
        officer
            .put(
                targets,
                "{\"version\":"
                    + (version + 7)
                    + ",\"circular\":1,\"local\":1,\"sme\":1,\"social\":1}")
            .status());
    JsonObject withTargets = officer.get("api/v1/reports/spend?year=2001").json();
    assertEquals(
        new BigDecimal("50.50"),
        withTargets.getJsonObject("targets").getJsonNumber("sme").bigDecimalValue());

    assertEquals(200, officer.get("api/v1/reports/tenders?year=" + THIS_YEAR).status());
    ApiClient.Reply xlsx = officer.get("api/v1/reports/spend.xlsx?year=" + THIS_YEAR);
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.contentType().contains("spreadsheetml"));
  }

  /**
   * Picks a year in the year menu and waits for the page to show it. A pick made while the menu's
   * panel is still opening can go unnoticed; the menu is then opened and picked from once more.
   */
  private void chooseYear(int year) throws IOException {
    By item = By.cssSelector("[id='filters:year_items'] li[data-label='" + year + "']");
    By heading = By.id("year-heading");
    for (int attempt = 1; ; attempt++) {
      web.click("filters:year");
      web.click(item);
      try {
        new WebDriverWait(web.driver(), Duration.ofSeconds(15))
            .until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                    heading, String.valueOf(year)));
        return;
      } catch (org.openqa.selenium.TimeoutException notShown) {
        Files.write(
            Path.of("target", "report-year-" + attempt + ".png"),
            ((org.openqa.selenium.TakesScreenshot) web.driver())
                .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        if (attempt == 2) {
          throw notShown;
        }
      }
    }
  }

  /** Lets Chromium save downloads into the test's folder without asking. */
  private void allowDownloads() {
    ((ChromeDriver) web.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
  }

  private Path downloaded(String name) {
    Path file = downloads.resolve(name);
    new WebDriverWait(web.driver(), Duration.ofSeconds(30))
        .until(
            driver -> {
              try {
                return Files.isRegularFile(file)
                    && Files.size(file) > 0
                    && !Files.exists(downloads.resolve(name + ".crdownload"));
              } catch (IOException notYet) {
                return false;
              }
            });
    return file;
  }

  /** The amount in a Dutch euro text such as "€ 12.345,67". */
  private static BigDecimal euros(String text) {
    return new BigDecimal(text.replaceAll("[^0-9,]", "").replace(',', '.'));
  }

  private static String dutch(BigDecimal amount) {
    java.text.NumberFormat format =
        java.text.NumberFormat.getNumberInstance(java.util.Locale.forLanguageTag("nl"));
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount);
  }
}
