package nl.kringkoop.contract.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.kringkoop.platform.testing.ApiClient;
import nl.kringkoop.platform.testing.ApiClient.Reply;
import nl.kringkoop.platform.testing.DatabaseSuiteCondition;
import nl.kringkoop.platform.testing.DeployedApp;
import nl.kringkoop.tender.boundary.TenderDriver;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario: Nijmegen's officer records the invoices of a consortium contract by hand and imports
 * its books; each euro lands with the firm that earned it, by share, and the spend report adds it
 * up by circularity, locality, size, social purpose and payment. A file with bad lines stores the
 * good ones and reports every bad one; importing it again changes nothing, and once more with
 * payment dates records the payments. Firms see their own contracts' invoices and change nothing;
 * another municipality does not see them at all. Each test makes its own contract in a department
 * of its own, so the report's department filter shows exactly its spend. Runs on H2 and MariaDB.
 */
@ExtendWith(DatabaseSuiteCondition.class)
@ExtendWith(ArquillianExtension.class)
class SpendIT {

  /** Mid-June 2027: every invoice of the scenario lies in 2027 and its payments before today. */
  private static final Instant TODAY = Instant.parse("2027-06-15T10:00:00Z");

  private static final String FIRM_PASSWORD = "facturen betalen binnen dertig dagen";

  @ArquillianResource URL deployment;

  private TenderDriver driver;
  private ApiClient officer;

  @Deployment(testable = false)
  static WebArchive app() {
    return DeployedApp.warWithSettableClock();
  }

  @BeforeEach
  void clockAndOfficer() {
    driver = new TenderDriver(deployment);
    driver.clockAt(TODAY);
    officer = driver.as("officer");
  }

  /**
   * The example the issue asks for, computed by hand. Contract (R3, circular) of a consortium: a
   * large social enterprise in Nijmegen itself (LEAD, 60 %) and a medium-sized firm in Amsterdam
   * (MEMBER, 40 %). Invoices, split 60/40 to the cent (largest remainder, ties to the lead):
   *
   * <pre>
   * F-1  2027-01-10  10000.00  paid 01-30 (20 days, on time)  R3 (contract)  6000.00 | 4000.00
   * F-2  2027-02-10   2500.01  paid 03-12 (30 days, on time)  R9 (own)       1500.01 | 1000.00
   *      (250001 cents: 150000.6 and 100000.4; the cent left goes to the larger remainder, 0.6)
   * F-3  2027-03-01   1000.00  paid 04-15 (45 days, late)     R2 (own)        600.00 |  400.00
   * CN-1 2027-04-01   -100.00  paid 04-10 (on time)           R3 (contract)   -60.00 |  -40.00
   * F-4  2027-05-01    333.33  open, 45 days on 06-15: overdue R3 (contract)  200.00 |  133.33
   *      (33333 cents: 19999.8 and 13333.2; the cent left goes to the lead, 0.8)
   * </pre>
   *
   * Social enterprise 8240.01, Amsterdam firm 5493.33, together 13733.34. Circular (R0..R7: all but
   * F-2) 10000 + 1000 - 100 + 333.33 = 11233.33. Local (the buyer's municipality or COROP region:
   * the social enterprise) 8240.01; SME (the Amsterdam firm) 5493.33; social 8240.01. Payments: 4
   * paid invoices, 3 on time (F-1, F-2, CN-1), 1 late (F-3), 1 open (F-4): 75 % on time.
   */
  @Test
  void aConsortiumsInvoicesAreSharedByFirmAndAddUpInTheSpendReport() {
    String department = "Inkoop scenario " + suffix();
    long social = firm("GM0268", 260, true).id;
    long sme = firm("GM0363", 120, false).id;
    long contract =
        contract(
            officer,
            department,
            "R3",
            Map.of(social, new Party("LEAD", "60.00")),
            Map.of(sme, new Party("MEMBER", "40.00")));

    JsonObject f1 =
        recorded(contract, invoice("F-1", "2027-01-10", "10000.00", "2027-01-30", null));
    JsonObject f2 = recorded(contract, invoice("F-2", "2027-02-10", "2500.01", "2027-03-12", "R9"));
    JsonObject f3 = recorded(contract, invoice("F-3", "2027-03-01", "1000.00", "2027-04-15", "R2"));
    JsonObject cn =
        recorded(contract, invoice("CN-1", "2027-04-01", "-100.00", "2027-04-10", null));
    JsonObject f4 = recorded(contract, invoice("F-4", "2027-05-01", "333.33", null, null));

    assertEquals(Map.of(social, "6000.00", sme, "4000.00"), shares(f1));
    assertEquals(Map.of(social, "1500.01", sme, "1000.00"), shares(f2));
    assertEquals(Map.of(social, "600.00", sme, "400.00"), shares(f3));
    assertEquals(Map.of(social, "-60.00", sme, "-40.00"), shares(cn));
    assertEquals(Map.of(social, "200.00", sme, "133.33"), shares(f4));
    assertEquals("ON_TIME", f2.getString("payment"), "paid on the 30th day is on time");
    assertEquals("LATE", f3.getString("payment"));
    assertEquals("OPEN", f4.getString("payment"));
    assertTrue(f4.getBoolean("overdue"), "45 days open on 15 June");
    assertFalse(f1.getBoolean("overdue"));
    assertEquals("R9", f2.getString("rStrategy"));

    JsonObject list = officer.get("api/v1/contracts/" + contract + "/invoices?size=10").json();
    assertEquals(5, list.getInt("total"));
    assertEquals(
        List.of("F-4", "CN-1", "F-3", "F-2", "F-1"),
        list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("invoiceNumber"))
            .toList(),
        "latest first");
    assertEquals(Map.of(social, "8240.01", sme, "5493.33"), sharesPerFirm(list));

    JsonObject report = report(officer, 2027, department);
    assertEquals("13733.34", euros(report, "totalSpend"));
    assertEquals("11233.33", euros(report, "circularSpend"));
    assertEquals("8240.01", euros(report, "localSpend"));
    assertEquals("5493.33", euros(report, "smeSpend"));
    assertEquals("8240.01", euros(report, "socialSpend"));
    JsonObject payments = report.getJsonObject("payments");
    assertEquals(4, payments.getInt("paidInvoices"));
    assertEquals(3, payments.getInt("onTime"));
    assertEquals(1, payments.getInt("late"));
    assertEquals(1, payments.getInt("open"));
    assertEquals(
        0, new BigDecimal("75").compareTo(payments.getJsonNumber("onTimeRate").bigDecimalValue()));
    assertEquals(
        Map.of("R3", "10233.33", "R9", "2500.01", "R2", "1000.00"),
        amounts(report, "byRStrategy", "rStrategy"));
    assertEquals(
        Map.of("LARGE", "8240.01", "MEDIUM", "5493.33"),
        amounts(report, "bySizeClass", "sizeClass"));

    // The open invoice is paid late, and its date corrected into another month: the summary
    // follows in the same transaction.
    Reply paid =
        officer.put(
            "api/v1/invoices/" + f4.getJsonNumber("id").longValue(),
            invoice("F-4", "2027-04-30", "333.33", "2027-06-14", null)
                .add("version", f4.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, paid.status(), paid.toString());
    assertEquals("LATE", paid.json().getString("payment"));
    assertFalse(paid.json().getBoolean("overdue"));
    JsonObject after = report(officer, 2027, department).getJsonObject("payments");
    assertEquals(5, after.getInt("paidInvoices"));
    assertEquals(2, after.getInt("late"));
    assertEquals(0, after.getInt("open"));
    assertEquals(
        Map.of("1", "10000.00", "2", "2500.01", "3", "1000.00", "4", "233.33"),
        monthly(report(officer, 2027, department)));
  }

  @Test
  void changesNeedTheCurrentVersionAndMovingAnInvoiceToAnotherYearMovesItsSpend() {
    String department = "Inkoop jaarwissel " + suffix();
    long firm = firm("GM0296", 5, false).id;
    long contract = contract(officer, department, null, Map.of(firm, new Party("SOLE", "100")));
    JsonObject invoice = recorded(contract, invoice("J-1", "2027-01-05", "400.00", null, null));
    long id = invoice.getJsonNumber("id").longValue();

    Reply moved =
        officer.put(
            "api/v1/invoices/" + id,
            invoice("J-1", "2026-12-28", "400.00", "2027-01-10", null)
                .add("version", invoice.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, moved.status(), moved.toString());
    Reply stale =
        officer.put(
            "api/v1/invoices/" + id,
            invoice("J-1", "2026-12-28", "500.00", null, null)
                .add("version", invoice.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(409, stale.status(), stale.toString());
    assertEquals("urn:kringkoop:problem:stale-version", stale.json().getString("type"));
    Reply noVersion =
        officer.put(
            "api/v1/invoices/" + id,
            invoice("J-1", "2026-12-28", "500.00", null, null).build().toString());
    assertEquals(400, noVersion.status());
    assertEquals("version", TenderDriver.field(noVersion, 0));

    assertEquals("0.00", euros(report(officer, 2027, department), "totalSpend"));
    JsonObject last = report(officer, 2026, department);
    assertEquals("400.00", euros(last, "totalSpend"));
    assertEquals("400.00", euros(last, "localSpend"), "Wijchen lies in Nijmegen's COROP region");
    assertEquals(1, last.getJsonObject("payments").getInt("onTime"));

    String renamed = department + " (nieuw)";
    JsonObject terms = officer.get("api/v1/contracts/" + contract).json();
    Reply changed =
        officer.put(
            "api/v1/contracts/" + contract,
            Json.createObjectBuilder()
                .add("reference", terms.getString("reference"))
                .add("title", terms.getString("title"))
                .add("department", renamed)
                .add("value", terms.getJsonObject("value"))
                .add("rStrategy", "R3")
                .add("startsOn", terms.getString("startsOn"))
                .add("endsOn", terms.getString("endsOn"))
                .add("signedAt", terms.getString("signedAt"))
                .add("version", terms.getJsonNumber("version").longValue())
                .build()
                .toString());
    assertEquals(200, changed.status(), changed.toString());
    assertEquals("0.00", euros(report(officer, 2026, department), "totalSpend"));
    JsonObject reclassified = report(officer, 2026, renamed);
    assertEquals(
        "400.00", euros(reclassified, "totalSpend"), "the invoice moved with its contract");
    assertEquals("400.00", euros(reclassified, "circularSpend"), "and counts as R3 now");

    Reply duplicate =
        officer.post(
            "api/v1/contracts/" + contract + "/invoices",
            invoice("j-1", "2027-02-01", "1.00", null, null).build().toString());
    assertEquals(409, duplicate.status(), "invoice numbers are unique on a contract, in any case");
    Reply invalid =
        officer
            .inLanguage("en")
            .post(
                "api/v1/contracts/" + contract + "/invoices",
                invoice(null, "2027-02-30", "0", "2027-01-01", "R12").build().toString());
    assertEquals(400, invalid.status(), invalid.toString());
    assertEquals(
        List.of("invoiceDate", "rStrategy", "amount"),
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList());

    Reply staleDelete = officer.delete("api/v1/invoices/" + id + "?version=0");
    assertEquals(409, staleDelete.status());
    Reply deleted = officer.delete("api/v1/invoices/" + id);
    assertEquals(204, deleted.status(), deleted.toString());
    assertEquals("0.00", euros(report(officer, 2026, renamed), "totalSpend"));
    assertEquals(404, officer.get("api/v1/invoices/" + id).status());
    List<String> trail = driver.auditTrail("INVOICE", id);
    assertEquals(List.of("INVOICE_RECORDED", "INVOICE_REVISED", "INVOICE_DELETED"), trail);
  }

  @Test
  void anImportStoresTheGoodLinesReportsEveryBadOneAndIsSafeToRepeat() {
    String department = "Inkoop import " + suffix();
    long firm = firm("GM0202", 12, false).id;
    String reference = "IMP-" + suffix();
    long contract =
        contractNamed(officer, reference, department, null, Map.of(firm, new Party("SOLE", "100")));
    String arnhemReference = "ARN-" + suffix();
    contractNamed(
        driver.as("officer-arnhem"),
        arnhemReference,
        "Inkoop Arnhem " + suffix(),
        null,
        Map.of(firm, new Party("SOLE", "100")));
    String file =
        """
        contract_reference;invoice_number;invoice_date;amount;paid_date;r_strategy
        %1$s;IMP-1;2027-02-01;1000,00;;
        %1$s;;15-02-2027;250.10;;R9
        %1$s;;15-02-2027;250.10;;R9
        ONBEKEND-1;IMP-3;2027-02-01;12;;
        %2$s;IMP-4;2027-02-01;12;;
        %1$s;IMP-5;2027-02-30;12;;
        %1$s;IMP-6;2027-02-01;12,345;2027-02-01;R12
        %1$s;IMP-7
        """
            .formatted(reference, arnhemReference);

    Reply first = importCsv(officer.inLanguage("en"), file);

    assertEquals(200, first.status(), first.toString());
    assertEquals(List.of(3, 0, 0), counts(first.json()));
    Map<Integer, List<String>> refused = rejected(first.json());
    assertEquals(
        Map.of(
            5, List.of("contract_reference"),
            6, List.of("contract_reference"),
            7, List.of("invoice_date"),
            8, List.of("amount", "r_strategy"),
            9, List.of("row", "invoice_date", "amount")),
        refused);
    String arnhemMessage = message(first.json(), 6);
    assertTrue(
        arnhemMessage.contains("no contract of your municipality"),
        "another municipality's contract is as unknown as a made-up one: " + arnhemMessage);
    JsonObject stored = officer.get("api/v1/contracts/" + contract + "/invoices").json();
    assertEquals(3, stored.getInt("total"));
    assertEquals("1500.20", euros(report(officer, 2027, department), "totalSpend"));

    Reply again = importCsv(officer, file);
    assertEquals(List.of(0, 0, 3), counts(again.json()), again.toString());
    assertEquals(refused.keySet(), rejected(again.json()).keySet());

    String paid =
        file.replace("IMP-1;2027-02-01;1000,00;;", "IMP-1;2027-02-01;1000,00;2027-03-20;")
            .replaceFirst("15-02-2027;250.10;;R9", "15-02-2027;250.10;2027-03-01;R9");
    Reply payments = importCsv(driver.as("analyst"), paid);
    assertEquals(List.of(0, 2, 1), counts(payments.json()), payments.toString());
    JsonObject afterwards = report(officer, 2027, department).getJsonObject("payments");
    assertEquals(1, afterwards.getInt("onTime"));
    assertEquals(1, afterwards.getInt("late"));
    assertEquals(1, afterwards.getInt("open"));
    Reply silent = importCsv(officer, file);
    assertEquals(
        List.of(0, 0, 3),
        counts(silent.json()),
        "a line without a payment day keeps the payment already known: " + silent);
    assertEquals(afterwards, report(officer, 2027, department).getJsonObject("payments"));
    assertEquals(
        3, officer.get("api/v1/contracts/" + contract + "/invoices").json().getInt("total"));

    Reply wrongHeader = importCsv(officer, "contract;amount\nX;1\n");
    assertEquals(400, wrongHeader.status(), wrongHeader.toString());
    Reply empty = importCsv(officer, "");
    assertEquals(400, empty.status(), empty.toString());
  }

  @Test
  void firmsReadTheirOwnContractsInvoicesAndOthersDoNotSeeThem() {
    Firm party = firm("GM0268", 4, false);
    String department = "Inkoop toegang " + suffix();
    long contract = contract(officer, department, null, Map.of(party.id, new Party("SOLE", "100")));
    JsonObject invoice = recorded(contract, invoice("T-1", "2027-05-01", "75.00", null, null));
    long id = invoice.getJsonNumber("id").longValue();
    String change =
        invoice("T-1", "2027-05-01", "75.00", "2027-05-20", null)
            .add("version", invoice.getJsonNumber("version").longValue())
            .build()
            .toString();

    Reply ownView = party.api.get("api/v1/contracts/" + contract + "/invoices");
    assertEquals(200, ownView.status(), ownView.toString());
    assertEquals(1, ownView.json().getInt("total"));
    assertEquals(200, party.api.get("api/v1/invoices/" + id).status());
    assertEquals(403, party.api.put("api/v1/invoices/" + id, change).status());
    assertEquals(
        403,
        party
            .api
            .post(
                "api/v1/contracts/" + contract + "/invoices",
                invoice("T-2", "2027-05-02", "1.00", null, null).build().toString())
            .status());
    assertEquals(403, party.api.delete("api/v1/invoices/" + id).status());
    assertEquals(403, importCsv(party.api, "contract_reference;invoice_date;amount\n").status());

    ApiClient otherFirm = driver.as("supplier");
    assertEquals(404, otherFirm.get("api/v1/contracts/" + contract + "/invoices").status());
    assertEquals(404, otherFirm.get("api/v1/invoices/" + id).status());

    ApiClient arnhem = driver.as("officer-arnhem");
    assertEquals(404, arnhem.get("api/v1/contracts/" + contract + "/invoices").status());
    assertEquals(404, arnhem.get("api/v1/invoices/" + id).status());
    assertEquals(404, arnhem.put("api/v1/invoices/" + id, change).status());
    assertEquals(404, arnhem.delete("api/v1/invoices/" + id).status());
    assertEquals(
        404,
        arnhem
            .post(
                "api/v1/contracts/" + contract + "/invoices",
                invoice("T-3", "2027-05-02", "1.00", null, null).build().toString())
            .status());

    // Reports: each municipality reads only its own spend; a firm reads no report at all.
    assertEquals("75.00", euros(report(officer, 2027, department), "totalSpend"));
    assertEquals("0.00", euros(report(arnhem, 2027, department), "totalSpend"));
    assertEquals(403, party.api.get("api/v1/reports/spend?year=2027").status());
    assertEquals(403, party.api.get("api/v1/reports/spend.xlsx?year=2027").status());

    ApiClient analyst = driver.as("analyst");
    assertEquals(200, analyst.get("api/v1/contracts/" + contract + "/invoices").status());
    assertEquals(403, analyst.put("api/v1/invoices/" + id, change).status());
    assertEquals(401, driver.anonymous().get("api/v1/invoices/" + id).status());

    JsonObject unchanged = officer.get("api/v1/invoices/" + id).json();
    assertEquals("OPEN", unchanged.getString("payment"));
    assertEquals(invoice.getJsonNumber("version"), unchanged.getJsonNumber("version"));
  }

  // --- the scenario's parts ---------------------------------------------------------------

  private record Firm(long id, ApiClient api) {}

  private record Party(String role, String percent) {}

  /** Registers a firm in the municipality with the size and social purpose asked, signed in. */
  private Firm firm(String municipality, int employees, boolean socialEnterprise) {
    String kvk = "7" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    String email = "spend-" + kvk + "@firm.example";
    JsonObject form =
        Json.createObjectBuilder()
            .add("kvkNumber", kvk)
            .add("name", "Uitvoerder " + kvk)
            .add("email", email)
            .add("password", FIRM_PASSWORD)
            .add("municipalityCode", municipality)
            .add("employees", employees)
            .add("annualTurnover", money(employees * 100_000L))
            .add("socialEnterprise", socialEnterprise)
            .add("cpvCodes", Json.createArrayBuilder().add("45210000-2"))
            .build();
    Reply created = driver.anonymous().post("api/v1/suppliers", form.toString());
    assertEquals(201, created.status(), created.toString());
    ApiClient api = driver.anonymous().signedInAs(email, FIRM_PASSWORD);
    long id =
        api.get("api/v1/me").json().getJsonObject("organisation").getJsonNumber("id").longValue();
    return new Firm(id, api);
  }

  @SafeVarargs
  private long contract(
      ApiClient buyer, String department, String strategy, Map<Long, Party>... parties) {
    return contractNamed(buyer, "SP-" + suffix(), department, strategy, parties);
  }

  @SafeVarargs
  private long contractNamed(
      ApiClient buyer,
      String reference,
      String department,
      String strategy,
      Map<Long, Party>... parties) {
    var partyList = Json.createArrayBuilder();
    for (Map<Long, Party> party : parties) {
      party.forEach(
          (id, p) ->
              partyList.add(
                  Json.createObjectBuilder()
                      .add("supplierId", id)
                      .add("role", p.role())
                      .add("sharePercent", new BigDecimal(p.percent()))));
    }
    JsonObjectBuilder form =
        Json.createObjectBuilder()
            .add("reference", reference)
            .add("title", "Onderhoud en hergebruik " + reference)
            .add("department", department)
            .add("value", money(100_000))
            .add("startsOn", "2026-12-01")
            .add("endsOn", "2027-12-31")
            .add("parties", partyList);
    if (strategy != null) {
      form.add("rStrategy", strategy);
    }
    Reply created = buyer.post("api/v1/contracts", form.build().toString());
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder invoice(
      String number, String date, String amount, String paidOn, String strategy) {
    JsonObjectBuilder invoice =
        Json.createObjectBuilder()
            .add("invoiceDate", date)
            .add(
                "amount",
                Json.createObjectBuilder()
                    .add("amount", new BigDecimal(amount))
                    .add("currency", "EUR"));
    if (number != null) {
      invoice.add("invoiceNumber", number);
    }
    if (paidOn != null) {
      invoice.add("paidOn", paidOn);
    }
    if (strategy != null) {
      invoice.add("rStrategy", strategy);
    }
    return invoice;
  }

  private JsonObject recorded(long contract, JsonObjectBuilder invoice) {
    Reply created =
        officer.post("api/v1/contracts/" + contract + "/invoices", invoice.build().toString());
    assertEquals(201, created.status(), created.toString());
    assertTrue(
        created
            .header("Location")
            .orElseThrow()
            .endsWith("/api/v1/invoices/" + created.json().getJsonNumber("id").longValue()));
    return created.json();
  }

  private static Reply importCsv(ApiClient client, String csv) {
    return client.send(
        client
            .request("api/v1/spend/import")
            .header("Content-Type", "text/csv; charset=UTF-8")
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private static JsonObject report(ApiClient client, int year, String department) {
    Reply report =
        client.get(
            "api/v1/reports/spend?year="
                + year
                + "&department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8));
    assertEquals(200, report.status(), report.toString());
    return report.json();
  }

  /** The invoice's parts by firm, in euros with two decimals. */
  private static Map<Long, String> shares(JsonObject invoice) {
    Map<Long, String> shares = new LinkedHashMap<>();
    for (JsonObject share : invoice.getJsonArray("shares").getValuesAs(JsonObject.class)) {
      shares.put(share.getJsonNumber("supplierId").longValue(), euros(share, "amount"));
    }
    return shares;
  }

  private static Map<Long, String> sharesPerFirm(JsonObject page) {
    Map<Long, BigDecimal> sums = new LinkedHashMap<>();
    for (JsonObject invoice : page.getJsonArray("items").getValuesAs(JsonObject.class)) {
      shares(invoice)
          .forEach((firm, amount) -> sums.merge(firm, new BigDecimal(amount), BigDecimal::add));
    }
    Map<Long, String> text = new LinkedHashMap<>();
    sums.forEach((firm, sum) -> text.put(firm, sum.setScale(2).toPlainString()));
    return text;
  }

  /** A breakdown's parts that have spend, by their key. */
  private static Map<String, String> amounts(JsonObject report, String list, String key) {
    Map<String, String> amounts = new LinkedHashMap<>();
    for (JsonObject row : report.getJsonArray(list).getValuesAs(JsonObject.class)) {
      String amount = euros(row, "amount");
      if (new BigDecimal(amount).signum() != 0) {
        amounts.put(row.getString(key), amount);
      }
    }
    return amounts;
  }

  /** The months with spend, by number. */
  private static Map<String, String> monthly(JsonObject report) {
    Map<String, String> months = new LinkedHashMap<>();
    for (JsonObject row : report.getJsonArray("byMonth").getValuesAs(JsonObject.class)) {
      String amount = euros(row, "amount");
      if (new BigDecimal(amount).signum() != 0) {
        months.put(String.valueOf(row.getInt("month")), amount);
      }
    }
    return months;
  }

  private static String euros(JsonObject holder, String field) {
    return holder
        .getJsonObject(field)
        .getJsonNumber("amount")
        .bigDecimalValue()
        .setScale(2)
        .toPlainString();
  }

  private static List<Integer> counts(JsonObject summary) {
    return List.of(
        summary.getInt("imported"), summary.getInt("updated"), summary.getInt("unchanged"));
  }

  /** Each refused line with the fields its reasons name, in order. */
  private static Map<Integer, List<String>> rejected(JsonObject summary) {
    Map<Integer, List<String>> lines = new LinkedHashMap<>();
    for (JsonObject row : summary.getJsonArray("rejected").getValuesAs(JsonObject.class)) {
      lines.put(
          row.getInt("line"),
          row.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
              .map(e -> e.getString("field"))
              .toList());
    }
    return lines;
  }

  private static String message(JsonObject summary, int line) {
    return summary.getJsonArray("rejected").getValuesAs(JsonObject.class).stream()
        .filter(row -> row.getInt("line") == line)
        .findFirst()
        .orElseThrow()
        .getJsonArray("errors")
        .getJsonObject(0)
        .getString("message");
  }

  private static JsonObjectBuilder money(long euros) {
    return Json.createObjectBuilder().add("amount", euros).add("currency", "EUR");
  }

  private static String suffix() {
    return String.valueOf(ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000));
  }
}
