package nl.kringkoop.identity.entity;

import java.util.regex.Pattern;

/** A Dutch Chamber of Commerce (KVK) number: exactly eight digits. */
public record KvkNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("\\d{8}");

  public KvkNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a KVK number (8 digits): " + value);
    }
  }

  /** Accepts the spaces and dots people type ("1234 5678"); refuses anything else. */
  public static KvkNumber parse(String text) {
    return new KvkNumber(text == null ? null : text.replaceAll("[\\s.]", ""));
  }

  public static boolean isValid(String text) {
    return text != null && FORMAT.matcher(text.replaceAll("[\\s.]", "")).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
