package nl.kringkoop.tender.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.tender.control.ProcurementThresholds.EuPeriod;
import nl.kringkoop.tender.control.ProcurementThresholds.PurchasingPolicy;
import nl.kringkoop.tender.control.ProcurementThresholds.QuoteLimits;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the EU thresholds and the municipalities' quote limits from MicroProfile Config once, at
 * startup, so a mistyped amount stops the deployment with the key named instead of giving wrong
 * advice later. Any municipality can be configured without code: its keys are found by name.
 */
@ApplicationScoped
public class ThresholdsConfiguration {

  static final String EU_THRESHOLDS = "procurement.eu-thresholds";
  static final String LIMITS = "procurement.limits.";
  static final String DEFAULT_POLICY = "default";

  /** Used when a key is absent; the same values as META-INF/microprofile-config.properties. */
  static final Map<String, String> FALLBACKS =
      Map.of(
          EU_THRESHOLDS,
          "2024-01-01:221000:5538000,2026-01-01:216000:5404000",
          LIMITS + "default.supplies.single-quote",
          "50000",
          LIMITS + "default.supplies.multiple-quote",
          "150000",
          LIMITS + "default.works.single-quote",
          "150000",
          LIMITS + "default.works.multiple-quote",
          "1500000");

  private static final Logger LOG = Logger.getLogger(ThresholdsConfiguration.class.getName());

  /** A per-municipality key as written in a properties file or as an environment variable. */
  private static final Pattern MUNICIPAL_KEY =
      Pattern.compile(
          "procurement[._]limits[._]([^._]+)[._](supplies|works)[._](single|multiple)[-_]quote",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LIMITS_PREFIX =
      Pattern.compile("procurement[._]limits[._].*", Pattern.CASE_INSENSITIVE);
  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");

  @Inject Config config;

  private ProcurementThresholds thresholds;
  private ProcedureAdvisor advisor;

  @PostConstruct
  void load() {
    try {
      thresholds =
          read(name -> config.getOptionalValue(name, String.class), config.getPropertyNames());
    } catch (IllegalArgumentException invalid) {
      LOG.severe(invalid.getMessage());
      throw invalid;
    }
    advisor = new ProcedureAdvisor(thresholds);
    LOG.info(
        () ->
            "Procurement thresholds: "
                + thresholds.euPeriods().size()
                + " EU periods, own quote limits for "
                + thresholds.municipalPolicies().keySet());
  }

  /** Being called creates this bean, so bad configuration fails the deployment, not a request. */
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
    LOG.fine("Procurement thresholds checked");
  }

  @Produces
  ProcurementThresholds thresholds() {
    return thresholds;
  }

  @Produces
  ProcedureAdvisor advisor() {
    return advisor;
  }

  /**
   * Reads thresholds through {@code lookup} (a key to its value, if set); {@code propertyNames} are
   * searched for municipalities with their own limits.
   *
   * @throws IllegalArgumentException naming the key whose value is unusable
   */
  static ProcurementThresholds read(
      Function<String, Optional<String>> lookup, Iterable<String> propertyNames) {
    Function<String, String> value =
        key -> lookup.apply(key).filter(text -> !text.isBlank()).orElse(FALLBACKS.get(key));
    List<EuPeriod> periods = parseEuThresholds(value.apply(EU_THRESHOLDS));
    PurchasingPolicy defaults =
        policy(DEFAULT_POLICY, key -> value.apply(LIMITS + DEFAULT_POLICY + "." + key));
    Map<String, PurchasingPolicy> own = new TreeMap<>();
    for (String code : municipalityCodes(propertyNames)) {
      String prefix = LIMITS + code + ".";
      own.put(
          code,
          policy(
              code,
              key ->
                  lookup
                      .apply(prefix + key)
                      .filter(text -> !text.isBlank())
                      .orElseGet(() -> value.apply(LIMITS + DEFAULT_POLICY + "." + key))));
    }
    return new ProcurementThresholds(periods, defaults, own);
  }

  /** Parses {@code start:suppliesAndServices:works,...}, e.g. {@code 2026-01-01:216000:5404000}. */
  static List<EuPeriod> parseEuThresholds(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(EU_THRESHOLDS, text, "give at least one period");
    }
    List<EuPeriod> periods = new ArrayList<>();
    for (String entry : text.split(",")) {
      String[] parts = entry.strip().split(":");
      if (parts.length != 3) {
        throw invalid(
            EU_THRESHOLDS,
            text,
            "period '"
                + entry.strip()
                + "' must be start:supplies-and-services:works, e.g. 2026-01-01:216000:5404000");
      }
      EuPeriod period;
      try {
        period =
            new EuPeriod(
                LocalDate.parse(parts[0].strip()),
                euros(parts[1]).orElse(null),
                euros(parts[2]).orElse(null));
      } catch (DateTimeParseException | IllegalArgumentException wrong) {
        throw invalid(
            EU_THRESHOLDS,
            text,
            "period '"
                + entry.strip()
                + "' needs an ISO date (yyyy-mm-dd) and two positive amounts in euros without"
                + " thousands separators");
      }
      if (periods.stream().anyMatch(earlier -> earlier.start().equals(period.start()))) {
        throw invalid(EU_THRESHOLDS, text, "two periods start on " + period.start());
      }
      periods.add(period);
    }
    return List.copyOf(periods);
  }

  private static PurchasingPolicy policy(String owner, Function<String, String> value) {
    return new PurchasingPolicy(
        quoteLimits(owner, "supplies", value), quoteLimits(owner, "works", value));
  }

  private static QuoteLimits quoteLimits(
      String owner, String kind, Function<String, String> value) {
    String singleKey = LIMITS + owner + "." + kind + ".single-quote";
    String multipleKey = LIMITS + owner + "." + kind + ".multiple-quote";
    BigDecimal single = amount(singleKey, value.apply(kind + ".single-quote"));
    BigDecimal multiple = amount(multipleKey, value.apply(kind + ".multiple-quote"));
    if (multiple.compareTo(single) < 0) {
      throw invalid(
          multipleKey,
          multiple.toPlainString(),
          "must be at least " + singleKey + " (" + single.toPlainString() + ")");
    }
    return new QuoteLimits(single, multiple);
  }

  private static BigDecimal amount(String key, String text) {
    return euros(text)
        .orElseThrow(
            () ->
                invalid(
                    key,
                    text,
                    "must be an amount in euros excl. VAT, zero or more, without thousands"
                        + " separators, e.g. 150000"));
  }

  /**
   * Whole euros or cents. More decimals are refused because {@code 50.000} is almost surely fifty
   * thousand written the Dutch way, not fifty.
   */
  private static Optional<BigDecimal> euros(String text) {
    try {
      BigDecimal amount = new BigDecimal(text.strip());
      return amount.signum() >= 0 && amount.scale() <= 2 ? Optional.of(amount) : Optional.empty();
    } catch (NumberFormatException | NullPointerException notANumber) {
      return Optional.empty();
    }
  }

  private static List<String> municipalityCodes(Iterable<String> propertyNames) {
    List<String> codes = new ArrayList<>();
    for (String name : propertyNames) {
      if (!LIMITS_PREFIX.matcher(name).matches()) {
        continue;
      }
      Matcher key = MUNICIPAL_KEY.matcher(name);
      if (!key.matches()) {
        throw invalid(
            name,
            null,
            "is not a known key; use procurement.limits.<GM code or default>."
                + "<supplies|works>.<single-quote|multiple-quote>");
      }
      String code = key.group(1);
      if (code.equalsIgnoreCase(DEFAULT_POLICY)) {
        continue;
      }
      if (!MUNICIPALITY_CODE.matcher(code).matches()) {
        throw invalid(name, null, "names municipality '" + code + "'; write GM and four digits");
      }
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static IllegalArgumentException invalid(String key, String value, String why) {
    return new IllegalArgumentException(
        "Invalid configuration "
            + key
            + (value == null ? "" : "='" + value + "'")
            + ": "
            + why
            + " (see docs/operations.md, Procedure advice)");
  }
}
