package nl.kringkoop.region.entity;

import java.util.regex.Pattern;

/** A CBS municipality code: {@code GM} followed by four digits, e.g. {@code GM0268} Nijmegen. */
public record MunicipalityCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

  public MunicipalityCode {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a CBS municipality code (GM + 4 digits): " + value);
    }
  }

  /** Accepts lower case and surrounding spaces from people; the stored form is upper case. */
  public static MunicipalityCode parse(String text) {
    return new MunicipalityCode(
        text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT));
  }

  public static boolean isValid(String text) {
    return text != null
        && FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
