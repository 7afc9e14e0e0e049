package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kringkoop.circularity.entity.RStrategyField;
import nl.kringkoop.cpv.control.CpvCodeField;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.NeedDescription;
import nl.kringkoop.tender.entity.ProcedureLevel;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import nl.kringkoop.tender.entity.SupplierConditions;
import nl.kringkoop.tender.entity.Tender;

/**
 * The rules of a need, in two steps: {@link #describe} checks the form of what was written (a draft
 * may be incomplete), {@link #publishable} checks that a draft is complete and lawful: a ceiling
 * for the tender and every lot, a price criterion, weights adding up to 100, a timeline in order,
 * and a European procedure above the EU threshold. Plain Java, table-tested.
 */
public final class TenderRules {

  static final int TITLE_MAX = 200;
  static final int TEXT_MAX = 4000;
  static final int GOAL_MAX = 2000;
  static final int CRITERIA_MAX = 10;
  static final int LOTS_MAX = 20;
  static final int CODES_MAX = 50;
  static final int FULL_WEIGHT = 100;

  private final Function<String, CpvList.Resolution> cpv;
  private final Predicate<MunicipalityCode> municipalityExists;

  public TenderRules(
      Function<String, CpvList.Resolution> cpv, Predicate<MunicipalityCode> municipalityExists) {
    this.cpv = cpv;
    this.municipalityExists = municipalityExists;
  }

  /** The need as written, or a validation problem listing every field in a wrong form. */
  public NeedDescription describe(NeedForm form) {
    FieldChecks checks = new FieldChecks();
    String title = checks.text("title", form.title, TITLE_MAX, true);
    String ambition = checks.text("ambition", form.ambition, TEXT_MAX, false);
    String scope = checks.text("scope", form.scope, TEXT_MAX, false);
    String goal = checks.text("circularGoal", form.circularGoal, GOAL_MAX, false);
    PurchaseKind kind = choice(PurchaseKind.class, "purchaseKind", form.purchaseKind, checks);
    ProcedureType procedure =
        choice(ProcedureType.class, "procedureType", form.procedureType, checks);
    MunicipalityCode location = location(form.location, checks);
    BigDecimal maxBudget =
        positive("maxBudget", checks.money("maxBudget", form.maxBudget, false), checks);
    BigDecimal estimate =
        positive(
            "estimatedValue", checks.money("estimatedValue", form.estimatedValue, false), checks);
    BigDecimal socialReturn = percent(form.socialReturnPercent, checks);
    Integer priceWeight = form.priceWeight;
    checks.require(
        priceWeight == null || (priceWeight >= 1 && priceWeight <= FULL_WEIGHT),
        "priceWeight",
        "tender.field.priceWeight");
    List<Criterion> criteria = criteria(form.criteria, checks);
    Set<CpvCode> codes = codes(form.cpvCodes, "cpvCodes", checks);
    var strategies = RStrategyField.parse(form.rStrategies, checks, "rStrategies");
    List<NeedDescription.LotDescription> lots = lots(form.lots, checks);
    Instant entry = instant("entryDeadline", form.entryDeadline, checks);
    Instant dialogueStart = instant("dialogueStart", form.dialogueStart, checks);
    Instant dialogueEnd = instant("dialogueEnd", form.dialogueEnd, checks);
    Instant offer = instant("offerDeadline", form.offerDeadline, checks);
    SupplierConditions conditions =
        new SupplierConditions(
            certifications("requiredCertifications", form.requiredCertifications, checks),
            certifications("preferredCertifications", form.preferredCertifications, checks),
            Boolean.TRUE.equals(form.serviceAreaRequired));
    checks.throwIfAny();
    return new NeedDescription(
        title,
        ambition,
        scope,
        goal,
        kind,
        location,
        maxBudget,
        estimate,
        socialReturn,
        priceWeight,
        criteria,
        procedure,
        codes,
        strategies,
        lots,
        entry,
        dialogueStart,
        dialogueEnd,
        offer,
        conditions);
  }

  private static Set<CertificationKind> certifications(
      String field, List<String> written, FieldChecks checks) {
    Set<CertificationKind> kinds = EnumSet.noneOf(CertificationKind.class);
    if (written != null) {
      for (int i = 0; i < written.size(); i++) {
        CertificationKind kind =
            choice(CertificationKind.class, field + "[" + i + "]", written.get(i), checks);
        if (kind != null) {
          kinds.add(kind);
        }
      }
    }
    return kinds;
  }

  /** Every reason why the draft cannot be published yet; none when it can. */
  public FieldChecks publishable(Tender tender, ProcedureAdvice advice, Instant now) {
    FieldChecks checks = new FieldChecks();
    checks.require(tender.ambition().isPresent(), "ambition", "field.required");
    checks.require(!tender.cpvCodes().isEmpty(), "cpvCodes", "tender.publish.cpvRequired");
    checks.require(tender.location().isPresent(), "location", "field.required");
    checks.require(tender.maxBudget().isPresent(), "maxBudget", "tender.publish.ceilingRequired");
    checks.require(tender.priceWeight().isPresent(), "priceWeight", "tender.publish.priceRequired");
    int total =
        tender.priceWeight().orElse(0)
            + tender.criteria().stream().mapToInt(Criterion::weight).sum();
    checks.require(total == FULL_WEIGHT, "criteria", "tender.publish.weightsTotal", total);
    lotCeilings(tender, checks);
    tender
        .estimatedValue()
        .ifPresent(
            estimate ->
                checks.require(
                    tender.maxBudget().map(max -> estimate.compareTo(max) <= 0).orElse(true),
                    "estimatedValue",
                    "tender.publish.estimateOverCeiling"));
    timeline(tender, now, checks);
    if (advice != null && advice.level() == ProcedureLevel.EUROPEAN) {
      checks.require(
          tender.procedureType().map(type -> type.satisfies(ProcedureLevel.EUROPEAN)).orElse(true),
          "procedureType",
          "tender.publish.europeanRequired",
          advice.euThreshold());
    }
    return checks;
  }

  private static void lotCeilings(Tender tender, FieldChecks checks) {
    BigDecimal sum = BigDecimal.ZERO;
    List<Lot> lots = tender.lots();
    for (int i = 0; i < lots.size(); i++) {
      Lot lot = lots.get(i);
      checks.require(
          lot.maxBudget().isPresent(),
          "lots[" + i + "].maxBudget",
          "tender.publish.lotCeilingRequired");
      sum = sum.add(lot.maxBudget().orElse(BigDecimal.ZERO));
    }
    BigDecimal lotSum = sum;
    tender
        .maxBudget()
        .filter(max -> lotSum.compareTo(max) > 0)
        .ifPresent(max -> checks.add("lots", "tender.publish.lotsOverCeiling", lotSum, max));
  }

  private static void timeline(Tender tender, Instant now, FieldChecks checks) {
    Instant entry = tender.entryDeadline().orElse(null);
    Instant offer = tender.offerDeadline().orElse(null);
    checks.require(entry != null, "entryDeadline", "field.required");
    checks.require(offer != null, "offerDeadline", "field.required");
    if (entry != null) {
      checks.require(entry.isAfter(now), "entryDeadline", "tender.publish.deadlinePast");
    }
    if (entry != null && offer != null) {
      checks.require(offer.isAfter(entry), "offerDeadline", "tender.publish.offerBeforeEntry");
    }
    Instant start = tender.dialogueStart().orElse(null);
    Instant end = tender.dialogueEnd().orElse(null);
    if (start != null && end != null) {
      checks.require(end.isAfter(start), "dialogueEnd", "tender.publish.dialogueOrder");
    }
    if (start != null && entry != null) {
      checks.require(!start.isBefore(entry), "dialogueStart", "tender.publish.dialogueAfterEntry");
    }
    if (end != null && offer != null) {
      checks.require(!end.isAfter(offer), "dialogueEnd", "tender.publish.dialogueBeforeOffer");
    }
  }

  private Set<CpvCode> codes(List<String> written, String field, FieldChecks checks) {
    checks.require(
        written == null || written.size() <= CODES_MAX, field, "field.tooMany", CODES_MAX);
    return CpvCodeField.resolve(written, cpv, checks, field, false);
  }

  private MunicipalityCode location(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (!MunicipalityCode.isValid(text) || !municipalityExists.test(MunicipalityCode.parse(text))) {
      checks.add("location", "field.municipality", text.strip());
      return null;
    }
    return MunicipalityCode.parse(text);
  }

  private static BigDecimal positive(String field, BigDecimal amount, FieldChecks checks) {
    if (amount != null && amount.signum() <= 0) {
      checks.add(field, "tender.field.positiveAmount");
      return null;
    }
    return amount;
  }

  private static BigDecimal percent(BigDecimal value, FieldChecks checks) {
    boolean valid =
        value == null
            || (value.signum() >= 0
                && value.compareTo(BigDecimal.valueOf(FULL_WEIGHT)) <= 0
                && value.stripTrailingZeros().scale() <= 2);
    checks.require(valid, "socialReturnPercent", "field.percent");
    return valid ? value : null;
  }

  private static List<Criterion> criteria(
      List<NeedForm.CriterionEntry> written, FieldChecks checks) {
    List<Criterion> criteria = new ArrayList<>();
    if (written == null) {
      return criteria;
    }
    checks.require(written.size() <= CRITERIA_MAX, "criteria", "field.tooMany", CRITERIA_MAX);
    for (int i = 0; i < written.size(); i++) {
      NeedForm.CriterionEntry entry = written.get(i);
      String field = "criteria[" + i + "]";
      String name =
          checks.text(field + ".name", entry == null ? null : entry.name, TITLE_MAX, true);
      Integer weight = entry == null ? null : entry.weight;
      boolean weightOk = weight != null && weight >= 1 && weight < FULL_WEIGHT;
      checks.require(weightOk, field + ".weight", "tender.field.criterionWeight");
      if (name != null && weightOk) {
        criteria.add(new Criterion(name, weight));
      }
    }
    return criteria;
  }

  private List<NeedDescription.LotDescription> lots(
      List<NeedForm.LotEntry> written, FieldChecks checks) {
    List<NeedDescription.LotDescription> lots = new ArrayList<>();
    if (written == null) {
      return lots;
    }
    checks.require(written.size() <= LOTS_MAX, "lots", "field.tooMany", LOTS_MAX);
    for (int i = 0; i < written.size(); i++) {
      NeedForm.LotEntry entry = written.get(i);
      String field = "lots[" + i + "]";
      if (entry == null) {
        checks.add(field, "field.required");
        continue;
      }
      String title = checks.text(field + ".title", entry.title, TITLE_MAX, true);
      BigDecimal ceiling =
          positive(
              field + ".maxBudget",
              checks.money(field + ".maxBudget", entry.maxBudget, false),
              checks);
      Set<CpvCode> codes = codes(entry.cpvCodes, field + ".cpvCodes", checks);
      if (title != null) {
        lots.add(new NeedDescription.LotDescription(title, ceiling, codes));
      }
    }
    return lots;
  }

  private static <E extends Enum<E>> E choice(
      Class<E> type, String field, String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      checks.add(field, "tender.field.choice", text.strip());
      return null;
    }
  }

  /** Reads an instant; a local date-time without offset is Dutch time, as officers write it. */
  static Instant instant(String field, String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return ZonedDateTime.parse(value).toInstant();
      } catch (DateTimeParseException notZoned) {
        try {
          return LocalDateTime.parse(value).atZone(ClockProducer.DISPLAY_ZONE).toInstant();
        } catch (DateTimeParseException notLocal) {
          checks.add(field, "tender.field.dateTime", value);
          return null;
        }
      }
    }
  }
}
