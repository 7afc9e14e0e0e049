package nl.kringkoop.circularity.entity;

import java.util.Optional;

/** The R-ladder of circularity, from most circular (R0 Refuse) to least (R9 Recover). */
public enum RStrategy {
  R0,
  R1,
  R2,
  R3,
  R4,
  R5,
  R6,
  R7,
  R8,
  R9;

  /** Circular spend counts R0 to R7; recycling and energy recovery are the ladder's bottom. */
  public boolean isHighValue() {
    return ordinal() <= R7.ordinal();
  }

  public static Optional<RStrategy> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }
}
