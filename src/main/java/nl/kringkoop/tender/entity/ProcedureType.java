package nl.kringkoop.tender.entity;

import java.util.Objects;

/**
 * The legal procedure an RCC tender runs inside. RCC is not a procedure of its own, so every tender
 * names one of these; each belongs to a {@link ProcedureLevel}.
 */
public enum ProcedureType {
  SINGLE_QUOTE(ProcedureLevel.SINGLE_QUOTE),
  MULTIPLE_QUOTE(ProcedureLevel.MULTIPLE_QUOTE),
  NATIONAL_OPEN(ProcedureLevel.NATIONAL),
  NATIONAL_RESTRICTED(ProcedureLevel.NATIONAL),
  EUROPEAN_OPEN(ProcedureLevel.EUROPEAN),
  EUROPEAN_RESTRICTED(ProcedureLevel.EUROPEAN),
  EUROPEAN_COMPETITIVE_DIALOGUE(ProcedureLevel.EUROPEAN);

  private final ProcedureLevel level;

  ProcedureType(ProcedureLevel level) {
    this.level = level;
  }

  public ProcedureLevel level() {
    return level;
  }

  /** Whether this procedure is allowed where {@code advised} is advised: as heavy or heavier. */
  public boolean satisfies(ProcedureLevel advised) {
    return level.isAtLeast(Objects.requireNonNull(advised, "advised level"));
  }

  /**
   * The procedure proposed for a level. For European tenders that is the competitive dialogue,
   * because it has room for RCC's dialogue phase.
   */
  public static ProcedureType defaultFor(ProcedureLevel level) {
    return switch (Objects.requireNonNull(level, "level")) {
      case SINGLE_QUOTE -> SINGLE_QUOTE;
      case MULTIPLE_QUOTE -> MULTIPLE_QUOTE;
      case NATIONAL -> NATIONAL_OPEN;
      case EUROPEAN -> EUROPEAN_COMPETITIVE_DIALOGUE;
    };
  }
}
