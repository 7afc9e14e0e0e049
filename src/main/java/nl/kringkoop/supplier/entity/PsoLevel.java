package nl.kringkoop.supplier.entity;

import java.util.Optional;

/** Levels of the PSO mark (Prestatieladder Socialer Ondernemen), written as in the register. */
public enum PsoLevel {
  ASPIRANT("aspirant"),
  LEVEL_1("1"),
  LEVEL_2("2"),
  LEVEL_3("3");

  private final String code;

  PsoLevel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<PsoLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
    for (PsoLevel level : values()) {
      if (level.code.equals(wanted) || level.name().equalsIgnoreCase(wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
