package nl.kringkoop.opendata.control;

import static nl.kringkoop.opendata.control.OcdsFixture.LOSING_PRICE;
import static nl.kringkoop.opendata.control.OcdsFixture.OPEN_INVOICE;
import static nl.kringkoop.opendata.control.OcdsFixture.PERSONAL;
import static nl.kringkoop.opendata.control.OcdsFixture.SECRET;
import static nl.kringkoop.opendata.control.OcdsFixture.WINNING_PRICE;
import static nl.kringkoop.opendata.control.OcdsFixture.packageFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import nl.kringkoop.opendata.control.OcdsFixture.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the procedure keeps confidential never reaches the open data, in any phase: pitches,
 * selection notes, sealed offers and the award's motivation, offer prices before the award is final
 * (and the losing ones ever), open invoices, notes, and personal data (user names, contact persons,
 * e-mail addresses, telephone numbers, street addresses).
 */
class WithheldDataTest {

  @ParameterizedTest
  @EnumSource(Stage.class)
  void noPitchOfferScoreOrPersonalDataIsEverPublished(Stage stage) {
    String published = packageFor(stage).toString();

    assertFalse(published.contains(SECRET), () -> stage + " leaks a confidential text");
    for (String personal : PERSONAL) {
      assertFalse(published.contains(personal), () -> stage + " leaks " + personal);
    }
    assertFalse(published.contains(LOSING_PRICE.toPlainString()), "a losing price");
    assertFalse(published.contains(OPEN_INVOICE.toPlainString()), "an unpaid invoice");
    assertFalse(published.contains("Stille Vennoot"), "a firm that withdrew");
    assertFalse(published.contains("F-2027-"), "the firms' invoice numbers");
    assertFalse(published.contains("\"email\""), "no contact points at all");
  }

  @ParameterizedTest
  @EnumSource(names = "AWARDED", mode = EnumSource.Mode.EXCLUDE)
  void noOfferPriceBeforeTheAwardIsFinal(Stage stage) {
    String published = packageFor(stage).toString();

    assertFalse(published.contains(WINNING_PRICE.toPlainString()), stage::toString);
    assertFalse(published.contains("\"awards\""), stage::toString);
    assertFalse(published.contains("\"contracts\""), stage::toString);
  }

  @ParameterizedTest
  @EnumSource(names = {"PUBLISHED", "CANCELLED_IN_ENTRY"})
  void whoRespondsStaysUnknownWhileTheEntryPhaseRuns(Stage stage) {
    String published = packageFor(stage).toString();

    for (String firm : List.of("Kringbouw", "Groen Herstel", "Bouwconcern", "81234567")) {
      assertFalse(published.contains(firm), () -> stage + " names " + firm);
    }
    JsonObject tender = release(stage).getJsonObject("tender");
    assertFalse(tender.containsKey("tenderers"));
    assertFalse(tender.containsKey("numberOfTenderers"));
  }

  @ParameterizedTest
  @EnumSource(names = {"SELECTION", "OFFERS", "CANCELLED_IN_OFFERS", "AWARDED"})
  void afterTheEntryPhaseTheBiddersAreKnownButNotWhoWithdrew(Stage stage) {
    JsonObject tender = release(stage).getJsonObject("tender");

    assertEquals(2, tender.getInt("numberOfTenderers"), "one bid per firm or consortium");
    List<String> tenderers =
        tender.getJsonArray("tenderers").getValuesAs(JsonObject.class).stream()
            .map(t -> t.getString("name"))
            .toList();
    assertEquals(
        List.of("Kringbouw Nijmegen", "Groen Herstel Arnhem", "Bouwconcern Nederland"), tenderers);
  }

  @Test
  void theFinalAwardShowsOnlyTheWinningPriceAndOnlyPaidInvoices() {
    JsonObject release = release(Stage.AWARDED);

    JsonObject award = release.getJsonArray("awards").getJsonObject(0);
    assertEquals(1, release.getJsonArray("awards").size());
    assertEquals(
        WINNING_PRICE, award.getJsonObject("value").getJsonNumber("amount").bigDecimalValue());
    JsonObject implementation =
        release.getJsonArray("contracts").getJsonObject(0).getJsonObject("implementation");
    assertEquals(
        2, implementation.getJsonArray("transactions").size(), "one paid invoice, 2 firms");
    assertTrue(implementation.getJsonArray("milestones").getJsonObject(0).containsKey("dateMet"));
    assertFalse(implementation.toString().contains("note"));
  }

  private static JsonObject release(Stage stage) {
    return packageFor(stage).getJsonArray("releases").getJsonObject(0);
  }
}
