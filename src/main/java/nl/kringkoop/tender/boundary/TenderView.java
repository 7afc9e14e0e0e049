package nl.kringkoop.tender.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.tender.control.ProcedureAdvice;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;

/** A tender as the API shows it; {@code procedure} is the advised procedure type. */
public record TenderView(
    long id,
    long version,
    String status,
    Buyer buyer,
    String title,
    String ambition,
    String scope,
    String circularGoal,
    String purchaseKind,
    String location,
    Money maxBudget,
    Money estimatedValue,
    BigDecimal socialReturnPercent,
    Integer priceWeight,
    List<CriterionView> criteria,
    List<String> cpvCodes,
    List<String> rStrategies,
    List<LotView> lots,
    Instant entryDeadline,
    Instant dialogueStart,
    Instant dialogueEnd,
    Instant offerDeadline,
    List<String> requiredCertifications,
    List<String> preferredCertifications,
    boolean serviceAreaRequired,
    String procedure,
    String procedureType,
    AdviceView advice,
    Instant createdAt,
    Instant updatedAt,
    Instant publishedAt,
    Instant statusChangedAt,
    Instant offersOpenedAt,
    String awardReason,
    Instant standstillEndsAt,
    Instant awardedAt,
    String cancelReason) {

  /** The buying municipality. */
  public record Buyer(long id, String name, String code) {}

  /** A quality criterion. */
  public record CriterionView(String name, int weight) {}

  /** A lot with its ceiling. */
  public record LotView(long id, String title, List<String> cpvCodes, Money maxBudget) {}

  /** The procedure advice with its reasons in the caller's language. */
  public record AdviceView(
      String level,
      String defaultType,
      Money euThreshold,
      String thresholdsFrom,
      List<String> reasons) {

    static AdviceView of(ProcedureAdvice advice, Locale locale) {
      return new AdviceView(
          advice.level().name(),
          advice.defaultType().name(),
          money(advice.euThreshold()),
          advice.thresholdPeriodStart().toString(),
          advice.reasons().stream()
              .map(r -> Messages.get(locale, r.messageKey(), r.args().toArray()))
              .toList());
    }
  }

  /** Who reads the tender: its buyer's staff, a firm that took part, or anyone else. */
  enum Audience {
    BUYER,
    PARTICIPANT,
    MARKET
  }

  /**
   * The tender for its audience: the market sees it without the buyer's estimate, procedure advice
   * and opening time, and the award reasons only when it took part. The advice is only asked for
   * the buyer.
   */
  static TenderView of(
      Tender tender,
      Audience audience,
      Supplier<ProcedureAdvice> adviceForBuyer,
      Function<CpvCode, String> cpv,
      Locale locale) {
    boolean buyer = audience == Audience.BUYER;
    ProcedureAdvice advice = buyer ? adviceForBuyer.get() : null;
    return new TenderView(
        tender.id(),
        tender.version(),
        tender.status().name(),
        new Buyer(tender.buyer().id(), tender.buyer().name(), tender.buyer().code().orElse(null)),
        tender.title(),
        tender.ambition().orElse(null),
        tender.scope().orElse(null),
        tender.circularGoal().orElse(null),
        tender.purchaseKind().name(),
        tender.location().map(Object::toString).orElse(null),
        tender.maxBudget().map(TenderView::money).orElse(null),
        buyer ? tender.estimatedValue().map(TenderView::money).orElse(null) : null,
        tender.socialReturnPercent().orElse(null),
        tender.priceWeight().orElse(null),
        tender.criteria().stream().map(c -> new CriterionView(c.name(), c.weight())).toList(),
        tender.cpvCodes().stream().map(cpv).toList(),
        tender.rStrategies().stream().map(RStrategy::name).toList(),
        tender.lots().stream().map(lot -> lot(lot, cpv)).toList(),
        tender.entryDeadline().orElse(null),
        tender.dialogueStart().orElse(null),
        tender.dialogueEnd().orElse(null),
        tender.offerDeadline().orElse(null),
        names(tender.supplierConditions().requiredCertifications()),
        names(tender.supplierConditions().preferredCertifications()),
        tender.supplierConditions().serviceAreaRequired(),
        advice == null ? null : advice.defaultType().name(),
        tender.procedureType().map(Enum::name).orElse(null),
        advice == null ? null : AdviceView.of(advice, locale),
        tender.createdAt(),
        tender.updatedAt(),
        tender.publishedAt().orElse(null),
        tender.statusChangedAt(),
        buyer ? tender.offersOpenedAt().orElse(null) : null,
        audience != Audience.MARKET ? tender.awardReason().orElse(null) : null,
        tender.standstillEndsAt().orElse(null),
        tender.awardedAt().orElse(null),
        tender.cancelReason().orElse(null));
  }

  private static LotView lot(Lot lot, Function<CpvCode, String> cpv) {
    return new LotView(
        lot.id(),
        lot.title(),
        lot.cpvCodes().stream().map(cpv).toList(),
        lot.maxBudget().map(TenderView::money).orElse(null));
  }

  private static List<String> names(java.util.Set<? extends Enum<?>> kinds) {
    return kinds.stream().map(Enum::name).sorted().toList();
  }

  static Money money(BigDecimal amount) {
    return amount == null ? null : Money.euros(amount);
  }
}
