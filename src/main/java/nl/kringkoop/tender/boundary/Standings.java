package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.tender.control.Complaints;
import nl.kringkoop.tender.control.Dialogues;
import nl.kringkoop.tender.control.Evaluation;
import nl.kringkoop.tender.control.Questions;
import nl.kringkoop.tender.control.ScoreSheet;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Question;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/** Reads a firm's {@link SupplierStanding} in a tender through the tender component's control. */
@ApplicationScoped
public class Standings {

  @Inject Tenders tenders;

  @Inject TenderResponses responses;

  @Inject Questions questions;

  @Inject Dialogues dialogues;

  @Inject Evaluation evaluation;

  @Inject Complaints complaints;

  @Inject Accounts accounts;

  @Inject CpvCatalogue cpv;

  @Inject Clock clock;

  /** The standing of the caller's firm; a tender the caller may not see throws 404. */
  public SupplierStanding of(long tenderId, SignedInCaller caller, Locale locale) {
    Tender tender = tenders.visible(tenderId, caller);
    Instant now = clock.instant();
    List<Question> visible = questions.visibleQuestions(tenderId, caller);
    Optional<TenderResponse> own =
        responses.visibleResponses(tenderId, caller).stream()
            .filter(r -> r.isFrom(caller.organisationId()))
            .findFirst();
    boolean offered = own.filter(r -> r.status() == ResponseStatus.OFFERED).isPresent();
    boolean standstill =
        tender.status() == TenderStatus.AWARD_INTENDED
            && tender.standstillEndsAt().map(now::isBefore).orElse(false);
    boolean lead = own.filter(r -> r.isLedBy(caller.organisationId())).isPresent();
    return new SupplierStanding(
        PublicNeed.of(tender, visible, cpv, locale),
        tender.status().name(),
        tender.entryDeadline().orElse(null),
        tender.offerDeadline().orElse(null),
        tender.standstillEndsAt().orElse(null),
        tender.acceptsEntries(now),
        tender.acceptsOffers(now),
        tender.acceptsQuestions(now),
        offered && lead && standstill,
        lead && own.map(r -> withdrawable(r, tender, now)).orElse(false),
        own.map(r -> ownResponse(r, caller)).orElse(null),
        own.flatMap(r -> tender.ceilingFor(r.lot().orElse(null))).orElse(null),
        visible.stream()
            .filter(q -> q.publishedAt().isEmpty())
            .map(q -> new SupplierStanding.WaitingQuestion(q.text(), q.askedAt()))
            .toList(),
        dialogues.visibleSessions(tenderId, caller).stream()
            .map(
                s ->
                    new SupplierStanding.SessionLine(
                        s.startsAt(),
                        s.durationMinutes(),
                        s.place().orElse(null),
                        s.videoLink().orElse(null),
                        s.minutes().orElse(null)))
            .toList(),
        offered ? tender.awardReason().orElse(null) : null,
        offered && tender.status().compareTo(TenderStatus.AWARD_INTENDED) >= 0
            ? award(tenderId, own.get(), caller)
            : List.of(),
        complaints.visibleComplaints(tenderId, caller).stream()
            .map(
                c ->
                    new SupplierStanding.ComplaintLine(
                        c.text(),
                        c.filedAt(),
                        c.outcome().map(Enum::name).orElse(null),
                        c.outcomeText().orElse(null)))
            .toList());
  }

  private static boolean withdrawable(TenderResponse response, Tender tender, Instant now) {
    return switch (response.status()) {
      case WITHDRAWN -> false;
      case OFFERED -> tender.acceptsOffers(now);
      default -> tender.acceptsEntries(now);
    };
  }

  private SupplierStanding.OwnResponse ownResponse(TenderResponse r, SignedInCaller caller) {
    return new SupplierStanding.OwnResponse(
        r.id(),
        r.status().name(),
        r.isLedBy(caller.organisationId()),
        r.supplier().name(),
        r.lot().map(Lot::title).orElse(null),
        r.partnerIds().stream()
            .map(id -> accounts.organisation(id).map(Organisation::name).orElse("#" + id))
            .sorted()
            .toList(),
        r.pitch().vision(),
        r.pitch().expertise(),
        r.pitch().innovation(),
        r.pitch().references(),
        r.pitchedAt().orElse(null),
        r.offerPrice().orElse(null),
        r.offerText().orElse(null),
        r.offeredAt().orElse(null),
        r.selectionNote().orElse(null),
        r.outcome().map(Enum::name).orElse(null));
  }

  /** The results in the firm's own lot, the others without their names. */
  private List<SupplierStanding.AwardLine> award(
      long tenderId, TenderResponse own, SignedInCaller caller) {
    List<ScoreSheet.Result> results = evaluation.sheetFor(tenderId, caller).results();
    Long lot = own.lot().map(Lot::id).orElse(null);
    return results.stream()
        .filter(r -> java.util.Objects.equals(r.lotId(), lot))
        .map(
            r ->
                new SupplierStanding.AwardLine(
                    r.rank(),
                    r.responseId() == own.id(),
                    r.consensus().stream()
                        .map(score -> score.map(BigDecimal::toPlainString).orElse("–"))
                        .toList(),
                    r.priceScore(),
                    r.total()))
        .toList();
  }
}
