package nl.kringkoop.notification.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of a message as one column: a JSON array of strings, so any text (commas, quotes,
 * line breaks) comes back exactly as it went in. Text too long for the column is shortened, longest
 * argument first, so a long reason never blocks the change it reports.
 */
public final class MessageArgs {

  /** Length of the {@code message_args} column. */
  public static final int MAX_LENGTH = 2000;

  private static final String ELLIPSIS = "\u2026";

  private MessageArgs() {}

  public static String encode(List<String> args) {
    List<String> fitted = new ArrayList<>(args);
    String encoded = json(fitted);
    while (encoded.length() > MAX_LENGTH) {
      int longest = longest(fitted);
      String arg = fitted.get(longest);
      if (arg.isEmpty()) {
        throw new IllegalArgumentException("Too many message arguments to store");
      }
      // escaped characters take more than one place in JSON: cut at least one character a round
      int excess = Math.max(encoded.length() - MAX_LENGTH, 1);
      int keep = Math.max(0, arg.length() - excess - ELLIPSIS.length());
      if (keep > 0 && Character.isHighSurrogate(arg.charAt(keep - 1))) {
        keep--;
      }
      fitted.set(longest, keep == 0 ? "" : arg.substring(0, keep) + ELLIPSIS);
      encoded = json(fitted);
    }
    return encoded;
  }

  public static List<String> decode(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    try (var reader = Json.createReader(new StringReader(stored))) {
      JsonArray array = reader.readArray();
      return array.stream().map(MessageArgs::text).toList();
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : value.toString();
  }

  private static String json(List<String> args) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    args.forEach(arg -> array.add(arg == null ? "" : arg));
    return array.build().toString();
  }

  private static int longest(List<String> args) {
    int longest = 0;
    for (int i = 1; i < args.size(); i++) {
      if (args.get(i).length() > args.get(longest).length()) {
        longest = i;
      }
    }
    return longest;
  }
}
