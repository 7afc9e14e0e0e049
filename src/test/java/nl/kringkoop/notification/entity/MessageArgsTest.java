package nl.kringkoop.notification.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageArgsTest {

  static List<List<String>> argumentLists() {
    return List.of(
        List.of(),
        List.of(""),
        List.of("Groenonderhoud Kringdorp"),
        List.of("comma, semicolon; \"quotes\" and 'apostrophes'", "3"),
        List.of("line\nbreak\ttab", "back\\slash", "\u001f unit separator"),
        List.of("Fietsenstalling \u00e9\u00e8 \u20ac 12.500", "emoji \uD83D\uDEB2"),
        List.of("[\"looks\",\"like\",\"json\"]", "{0} {1}"));
  }

  @ParameterizedTest
  @MethodSource("argumentLists")
  void argumentsComeBackExactlyAsStored(List<String> args) {
    assertEquals(args, MessageArgs.decode(MessageArgs.encode(args)));
  }

  @Test
  void nullArgumentsAreStoredAsEmptyText() {
    List<String> args = new java.util.ArrayList<>();
    args.add(null);
    assertEquals(List.of(""), MessageArgs.decode(MessageArgs.encode(args)));
  }

  @Test
  void anEmptyColumnMeansNoArguments() {
    assertEquals(List.of(), MessageArgs.decode(null));
    assertEquals(List.of(), MessageArgs.decode(""));
  }

  @Test
  void aLongReasonIsShortenedToFitTheColumnAndTheShortArgumentsStay() {
    String reason = "Het budget is vervallen. ".repeat(200);
    String encoded = MessageArgs.encode(List.of("Groenonderhoud", reason));

    assertTrue(encoded.length() <= MessageArgs.MAX_LENGTH, "length " + encoded.length());
    List<String> stored = MessageArgs.decode(encoded);
    assertEquals("Groenonderhoud", stored.get(0));
    assertTrue(reason.startsWith(stored.get(1).substring(0, stored.get(1).length() - 1)));
    assertTrue(stored.get(1).endsWith("\u2026"));
  }

  @Test
  void textThatNeedsEscapingIsShortenedToFitToo() {
    String quotes = "\"\n".repeat(1500);
    String encoded = MessageArgs.encode(List.of(quotes));

    assertTrue(encoded.length() <= MessageArgs.MAX_LENGTH, "length " + encoded.length());
  }
}
