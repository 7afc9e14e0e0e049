package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.ProcedureType;

/**
 * Which procedure level a purchase needs, the procedure proposed for it, and the reasons in words
 * an officer can check against the purchasing policy. Reasons are message keys with arguments, so
 * each reader sees them in their own language.
 *
 * @param euThreshold the EU threshold that applied to the purchase's kind on the publication date
 * @param thresholdPeriodStart the first day that threshold was valid
 */
public record ProcedureAdvice(
    ProcedureLevel level,
    ProcedureType defaultType,
    BigDecimal euThreshold,
    LocalDate thresholdPeriodStart,
    List<Reason> reasons) {

  public ProcedureAdvice {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(defaultType, "defaultType");
    Objects.requireNonNull(euThreshold, "euThreshold");
    Objects.requireNonNull(thresholdPeriodStart, "thresholdPeriodStart");
    if (defaultType.level() != level) {
      throw new IllegalArgumentException(defaultType + " is not a procedure of level " + level);
    }
    reasons = List.copyOf(reasons);
  }

  /** Advice with the procedure proposed for its level. */
  public static ProcedureAdvice of(
      ProcedureLevel level,
      BigDecimal euThreshold,
      LocalDate thresholdPeriodStart,
      List<Reason> reasons) {
    return new ProcedureAdvice(
        level, ProcedureType.defaultFor(level), euThreshold, thresholdPeriodStart, reasons);
  }

  /** Whether the officer may choose {@code type}: any procedure as heavy as advised, or heavier. */
  public boolean allows(ProcedureType type) {
    return type.satisfies(level);
  }

  /** One reason for the advice: a key in the message bundles and its placeholder values. */
  public record Reason(String messageKey, List<Object> args) {

    public Reason {
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }

    public static Reason of(String messageKey, Object... args) {
      return new Reason(messageKey, List.of(args));
    }
  }
}
