package nl.kringkoop.tender.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.Question;
import nl.kringkoop.tender.entity.Tender;

/**
 * A published need as the market reads it ({@code WEB-INF/fragments/tender-need.xhtml}): the
 * ambition and terms, the timeline and the nota van inlichtingen, never who asked what.
 */
public record PublicNeed(
    long id,
    String title,
    String buyer,
    String status,
    String ambition,
    String scope,
    String circularGoal,
    String purchaseKind,
    String procedureType,
    String location,
    BigDecimal maxBudget,
    BigDecimal socialReturnPercent,
    Integer priceWeight,
    List<String> cpvLines,
    List<String> rStrategies,
    List<LotLine> lots,
    List<CriterionLine> criteria,
    List<Milestone> timeline,
    List<NotaEntry> nota)
    implements java.io.Serializable {

  /** A lot with its ceiling and CPV codes. */
  public record LotLine(long id, String title, BigDecimal maxBudget, List<String> cpvLines)
      implements java.io.Serializable {}

  /** A quality criterion and its weight in percent. */
  public record CriterionLine(String name, int weight) implements java.io.Serializable {}

  /** A moment in the timeline: a message key under {@code need.timeline.} and the instant. */
  public record Milestone(String key, Instant at) implements java.io.Serializable {}

  /** A published answer in the nota van inlichtingen. */
  public record NotaEntry(int number, String question, String answer, Instant publishedAt)
      implements java.io.Serializable {}

  static PublicNeed of(
      Tender tender, Collection<Question> visible, CpvCatalogue cpv, Locale locale) {
    return new PublicNeed(
        tender.id(),
        tender.title(),
        tender.buyer().name(),
        tender.status().name(),
        tender.ambition().orElse(null),
        tender.scope().orElse(null),
        tender.circularGoal().orElse(null),
        tender.purchaseKind().name(),
        tender.procedureType().map(Enum::name).orElse(null),
        tender.location().map(Object::toString).orElse(null),
        tender.maxBudget().orElse(null),
        tender.socialReturnPercent().orElse(null),
        tender.priceWeight().orElse(null),
        lines(tender.cpvCodes(), cpv, locale),
        tender.rStrategies().stream().map(Enum::name).toList(),
        tender.lots().stream()
            .map(
                lot ->
                    new LotLine(
                        lot.id(),
                        lot.title(),
                        lot.maxBudget().orElse(null),
                        lines(lot.cpvCodes(), cpv, locale)))
            .toList(),
        tender.criteria().stream().map(PublicNeed::criterion).toList(),
        timeline(tender),
        visible.stream()
            .filter(q -> q.number().isPresent() && q.publishedAt().isPresent())
            .map(
                q ->
                    new NotaEntry(
                        q.number().get(), q.text(), q.answer().orElse(""), q.publishedAt().get()))
            .toList());
  }

  private static CriterionLine criterion(Criterion criterion) {
    return new CriterionLine(criterion.name(), criterion.weight());
  }

  private static List<String> lines(Collection<CpvCode> codes, CpvCatalogue cpv, Locale locale) {
    return codes.stream()
        .map(
            code ->
                cpv.entry(code)
                    .map(entry -> entry.published() + " " + cpv.label(entry, locale))
                    .orElse(code.digits()))
        .toList();
  }

  private static List<Milestone> timeline(Tender tender) {
    List<Milestone> moments = new ArrayList<>();
    tender.publishedAt().ifPresent(at -> moments.add(new Milestone("published", at)));
    tender.entryDeadline().ifPresent(at -> moments.add(new Milestone("entryDeadline", at)));
    tender.dialogueStart().ifPresent(at -> moments.add(new Milestone("dialogueStart", at)));
    tender.dialogueEnd().ifPresent(at -> moments.add(new Milestone("dialogueEnd", at)));
    tender.offerDeadline().ifPresent(at -> moments.add(new Milestone("offerDeadline", at)));
    tender.standstillEndsAt().ifPresent(at -> moments.add(new Milestone("standstillEnds", at)));
    tender.awardedAt().ifPresent(at -> moments.add(new Milestone("awarded", at)));
    return moments;
  }
}
