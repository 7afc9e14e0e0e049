package nl.kringkoop.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeMailTest {

  private static final String BASE = "https://kringkoop.example.nl";

  @Test
  void theMailHasTheDutchTextThenASeparatorThenTheEnglishText() {
    NoticeMail mail =
        NoticeMail.of(
            "notification.tender.awardIntended",
            List.of("Groenonderhoud Kringdorp", "Tuin & Co"),
            "/supplier/tender.xhtml?id=5",
            BASE);

    String text = mail.text();
    int dutch = text.indexOf("De gemeente is van plan de uitvraag \"Groenonderhoud Kringdorp\"");
    int separator = text.indexOf(NoticeMail.SEPARATOR);
    int english =
        text.indexOf("The municipality intends to award the tender \"Groenonderhoud Kringdorp\"");
    assertTrue(dutch >= 0, text);
    assertTrue(separator > dutch, text);
    assertTrue(english > separator, text);
    assertTrue(text.contains("te gunnen aan Tuin & Co"), text);
    assertTrue(text.contains("to Tuin & Co"), text);
  }

  @Test
  void theSubjectNamesTheTenderInBothLanguages() {
    NoticeMail mail =
        NoticeMail.of("notification.tender.published", List.of("Fietsenstalling"), null, BASE);

    assertEquals("Nieuwe uitvraag: Fietsenstalling / New tender: Fietsenstalling", mail.subject());
  }

  @Test
  void theLinkIsAbsoluteInBothParts() {
    NoticeMail mail =
        NoticeMail.of(
            "notification.tender.published",
            List.of("Fietsenstalling"),
            "/supplier/tender.xhtml?id=5",
            BASE + "/");

    String link = BASE + "/supplier/tender.xhtml?id=5";
    String text = mail.text();
    assertTrue(text.contains("Bekijk het in Kringkoop: " + link), text);
    assertTrue(text.contains("View it in Kringkoop: " + link), text);
    assertFalse(text.contains("nl//supplier"), text);
  }

  @Test
  void aNoticeWithoutLinkPointsToTheMessagesPage() {
    NoticeMail mail =
        NoticeMail.of("notification.tender.awarded", List.of("Fietsenstalling"), null, BASE);

    assertTrue(mail.text().contains(BASE + "/messages.xhtml"), mail.text());
  }

  @Test
  void argumentsWithBracesAndQuotesAreShownAsTyped() {
    NoticeMail mail =
        NoticeMail.of(
            "notification.tender.cancelled",
            List.of("Project {X}", "Budget is 'vervallen'"),
            null,
            BASE);

    assertTrue(mail.text().contains("De uitvraag \"Project {X}\" is ingetrokken."), mail.text());
    assertTrue(mail.text().contains("Reason: Budget is 'vervallen'"), mail.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "notification.tender.published",
        "notification.tender.answersPublished",
        "notification.tender.phaseChanged",
        "notification.tender.selected",
        "notification.tender.notSelected",
        "notification.tender.awardIntended",
        "notification.tender.awarded",
        "notification.tender.cancelled",
        "notification.tender.complaintFiled",
        "notification.tender.questionAsked"
      })
  void everyTenderMessageHasASubjectAndBodyInBothLanguagesThatUseTheTitle(String key) {
    for (Locale locale : Messages.SUPPORTED) {
      NotificationText text = NotificationText.of(key, List.of("TITLE", "SECOND"), locale);
      assertTrue(text.subject().contains("TITLE"), key + " " + locale + ": " + text.subject());
      assertTrue(text.body().contains("TITLE"), key + " " + locale + ": " + text.body());
      assertFalse(text.body().contains("{"), key + " " + locale + ": " + text.body());
    }
  }
}
