package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.kringkoop.tender.entity.PurchaseKind;

/**
 * The amounts that decide which procedure a purchase needs: the EU thresholds, which change every
 * two years, and the single- and multiple-quote limits below them, which each municipality sets in
 * its own purchasing policy. All amounts are in euros excluding VAT.
 */
public final class ProcurementThresholds {

  private final List<EuPeriod> euPeriods;
  private final PurchasingPolicy defaultPolicy;
  private final Map<String, PurchasingPolicy> municipalPolicies;

  public ProcurementThresholds(
      List<EuPeriod> euPeriods,
      PurchasingPolicy defaultPolicy,
      Map<String, PurchasingPolicy> municipalPolicies) {
    if (euPeriods.isEmpty()) {
      throw new IllegalArgumentException("At least one period of EU thresholds is needed");
    }
    List<EuPeriod> sorted = new ArrayList<>(euPeriods);
    sorted.sort(Comparator.comparing(EuPeriod::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().equals(sorted.get(i - 1).start())) {
        throw new IllegalArgumentException(
            "Two periods of EU thresholds start on " + sorted.get(i).start());
      }
    }
    this.euPeriods = List.copyOf(sorted);
    this.defaultPolicy = Objects.requireNonNull(defaultPolicy, "default purchasing policy");
    Map<String, PurchasingPolicy> byCode = new HashMap<>();
    municipalPolicies.forEach((code, policy) -> byCode.put(normalised(code), policy));
    this.municipalPolicies = Map.copyOf(byCode);
  }

  /** The EU thresholds valid on {@code date}: the period with the latest start on or before it. */
  public Optional<EuPeriod> euPeriodOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    EuPeriod valid = null;
    for (EuPeriod period : euPeriods) {
      if (!period.start().isAfter(date)) {
        valid = period;
      }
    }
    return Optional.ofNullable(valid);
  }

  public List<EuPeriod> euPeriods() {
    return euPeriods;
  }

  /** The quote limits for municipalities whose own purchasing policy is not configured. */
  public PurchasingPolicy defaultPolicy() {
    return defaultPolicy;
  }

  /** The quote limits from the municipality's own purchasing policy, if configured. */
  public Optional<PurchasingPolicy> ownPolicyOf(String municipalityCode) {
    if (municipalityCode == null || municipalityCode.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(municipalPolicies.get(normalised(municipalityCode)));
  }

  private static String normalised(String municipalityCode) {
    return municipalityCode.strip().toUpperCase(Locale.ROOT);
  }

  public Map<String, PurchasingPolicy> municipalPolicies() {
    return municipalPolicies;
  }

  /** The EU thresholds from one start date until the next period starts. */
  public record EuPeriod(LocalDate start, BigDecimal suppliesAndServices, BigDecimal works) {

    public EuPeriod {
      Objects.requireNonNull(start, "start");
      requirePositive(suppliesAndServices, "EU threshold for supplies and services");
      requirePositive(works, "EU threshold for works");
    }

    public BigDecimal thresholdFor(PurchaseKind kind) {
      return kind.isWorks() ? works : suppliesAndServices;
    }

    private static void requirePositive(BigDecimal amount, String what) {
      if (amount == null || amount.signum() <= 0) {
        throw new IllegalArgumentException(what + " must be a positive amount, not " + amount);
      }
    }
  }

  /** The quote limits of a purchasing policy: for supplies and services, and for works. */
  public record PurchasingPolicy(QuoteLimits suppliesAndServices, QuoteLimits works) {

    public PurchasingPolicy {
      Objects.requireNonNull(suppliesAndServices, "limits for supplies and services");
      Objects.requireNonNull(works, "limits for works");
    }

    public QuoteLimits of(PurchaseKind kind) {
      return kind.isWorks() ? works : suppliesAndServices;
    }
  }

  /**
   * Up to {@code singleQuoteMax} one quote may be asked, up to {@code multipleQuoteMax} several
   * must be; above it a national procedure is needed.
   */
  public record QuoteLimits(BigDecimal singleQuoteMax, BigDecimal multipleQuoteMax) {

    public QuoteLimits {
      if (singleQuoteMax == null || singleQuoteMax.signum() < 0) {
        throw new IllegalArgumentException("The single-quote maximum must be zero or more");
      }
      if (multipleQuoteMax == null || multipleQuoteMax.compareTo(singleQuoteMax) < 0) {
        throw new IllegalArgumentException(
            "The multiple-quote maximum must be at least the single-quote maximum "
                + singleQuoteMax
                + ", not "
                + multipleQuoteMax);
      }
    }
  }
}
