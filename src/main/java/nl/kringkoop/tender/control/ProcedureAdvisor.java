package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.ProcedureAdvice.Reason;
import nl.kringkoop.tender.control.ProcurementThresholds.EuPeriod;
import nl.kringkoop.tender.control.ProcurementThresholds.PurchasingPolicy;
import nl.kringkoop.tender.control.ProcurementThresholds.QuoteLimits;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.PurchaseKind;

/**
 * Advises the procedure level for a purchase from its estimated value (excl. VAT): European from
 * the EU threshold valid on the publication date, below it national, multiple-quote or single-quote
 * by the municipality's purchasing policy. The officer decides; the advice says why.
 */
public class ProcedureAdvisor {

  private static final String REASON = "procedure.reason.";

  private final ProcurementThresholds thresholds;

  public ProcedureAdvisor(ProcurementThresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  /**
   * @param municipalityCode CBS code of the buying municipality; without one, or when its policy is
   *     not configured, the default quote limits apply
   * @throws ProblemException when no EU thresholds are configured for the publication date
   */
  public ProcedureAdvice advise(
      BigDecimal estimatedValue,
      PurchaseKind kind,
      String municipalityCode,
      LocalDate publicationDate) {
    Objects.requireNonNull(kind, "kind");
    if (estimatedValue == null || estimatedValue.signum() < 0) {
      throw new IllegalArgumentException("The estimated value must be zero or more");
    }
    EuPeriod period = periodOn(publicationDate);
    BigDecimal euThreshold = period.thresholdFor(kind);
    String group = kind.isWorks() ? "works" : "suppliesServices";
    if (estimatedValue.compareTo(euThreshold) >= 0) {
      return ProcedureAdvice.of(
          ProcedureLevel.EUROPEAN,
          euThreshold,
          period.start(),
          List.of(
              Reason.of(
                  REASON + "eu.reached." + group, estimatedValue, euThreshold, period.start())));
    }
    Reason belowEu =
        Reason.of(REASON + "eu.below." + group, estimatedValue, euThreshold, period.start());
    Optional<PurchasingPolicy> own = thresholds.ownPolicyOf(municipalityCode);
    QuoteLimits limits = own.orElse(thresholds.defaultPolicy()).of(kind);
    ProcedureLevel level = levelBelowEu(estimatedValue, limits);
    String key = REASON + outcome(level) + "." + group + (own.isPresent() ? ".own" : ".default");
    Reason byPolicy =
        own.isPresent()
            ? Reason.of(
                key,
                limits.singleQuoteMax(),
                limits.multipleQuoteMax(),
                municipalityCode.strip().toUpperCase(Locale.ROOT))
            : Reason.of(key, limits.singleQuoteMax(), limits.multipleQuoteMax());
    return ProcedureAdvice.of(level, euThreshold, period.start(), List.of(belowEu, byPolicy));
  }

  private EuPeriod periodOn(LocalDate publicationDate) {
    Objects.requireNonNull(publicationDate, "publicationDate");
    return thresholds
        .euPeriodOn(publicationDate)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.VALIDATION,
                    "procedure.noEuThresholds",
                    publicationDate,
                    thresholds.euPeriods().get(0).start()));
  }

  private static ProcedureLevel levelBelowEu(BigDecimal value, QuoteLimits limits) {
    if (value.compareTo(limits.multipleQuoteMax()) > 0) {
      return ProcedureLevel.NATIONAL;
    }
    if (value.compareTo(limits.singleQuoteMax()) > 0) {
      return ProcedureLevel.MULTIPLE_QUOTE;
    }
    return ProcedureLevel.SINGLE_QUOTE;
  }

  private static String outcome(ProcedureLevel level) {
    return switch (level) {
      case NATIONAL -> "multipleQuoteExceeded";
      case MULTIPLE_QUOTE -> "singleQuoteExceeded";
      default -> "singleQuoteWithin";
    };
  }
}
