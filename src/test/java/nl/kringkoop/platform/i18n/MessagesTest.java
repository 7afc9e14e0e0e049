package nl.kringkoop.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void dutchAndEnglishBundlesHaveTheSameKeys() {
    Set<String> dutch = new TreeSet<>(Messages.bundle(Messages.DUTCH).keySet());
    Set<String> english = new TreeSet<>(Messages.bundle(Locale.ENGLISH).keySet());
    Set<String> onlyDutch = new TreeSet<>(dutch);
    onlyDutch.removeAll(english);
    Set<String> onlyEnglish = new TreeSet<>(english);
    onlyEnglish.removeAll(dutch);
    assertEquals(Set.of(), onlyDutch, "keys missing from messages_en");
    assertEquals(Set.of(), onlyEnglish, "keys missing from messages_nl");
  }

  @Test
  void everyTextIsTranslatedNotCopied() {
    var english = Messages.bundle(Locale.ENGLISH);
    var dutch = Messages.bundle(Messages.DUTCH);
    List<String> untranslated =
        dutch.keySet().stream()
            .filter(key -> dutch.getString(key).equals(english.getString(key)))
            .filter(key -> dutch.getString(key).length() > 12)
            .toList();
    assertEquals(List.of(), untranslated);
  }

  @Test
  void dutchIsTheDefaultForEveryOtherLanguage() {
    assertEquals("Inloggen", Messages.get(Locale.GERMAN, "login.title"));
    assertEquals("Inloggen", Messages.get(null, "login.title"));
    assertEquals("Sign in", Messages.get(Locale.UK, "login.title"));
  }

  @Test
  void acceptLanguagePreferencesArePickedInOrder() {
    assertEquals(
        Locale.ENGLISH, Messages.preferred(List.of(Locale.FRENCH, Locale.US, Messages.DUTCH)));
    assertEquals(
        Messages.DUTCH,
        Messages.preferred(List.of(Locale.forLanguageTag("nl-BE"), Locale.ENGLISH)));
    assertEquals(Messages.DUTCH, Messages.preferred(List.of(Locale.CHINESE)));
  }

  @Test
  void placeholdersAreFilledAndUnknownKeysShowThemselves() {
    assertEquals(
        "Probeer het over 15 minuten opnieuw.",
        Messages.get(Messages.DUTCH, "login.throttled", 15).substring(27));
    assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key"));
    assertTrue(Messages.has(Locale.ENGLISH, "login.title"));
    assertFalse(Messages.has(Locale.ENGLISH, "no.such.key"));
  }
}
