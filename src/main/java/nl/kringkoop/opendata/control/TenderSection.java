package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.ResponseStatus;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The release's {@code tender}: the published need, its items, lots, periods, milestones and public
 * documents; who responded only once the entry phase is over. Pitches, selection notes, offers and
 * scores never appear here.
 */
final class TenderSection {

  private final TenderProcess process;
  private final Tender tender;
  private final Parties parties;
  private final OcdsSettings settings;

  TenderSection(TenderProcess process, Parties parties, OcdsSettings settings) {
    this.process = process;
    this.tender = process.tender();
    this.parties = parties;
    this.settings = settings;
  }

  JsonObject build() {
    OcdsObject json =
        new OcdsObject()
            .text("id", String.valueOf(tender.id()))
            .text("title", tender.title())
            .text("description", tender.ambition())
            .text("status", OcdsCodes.tenderStatus(tender.status()))
            .objects("items", items())
            .money("value", tender.maxBudget())
            .text("procurementMethod", tender.procedureType().map(OcdsCodes::method))
            .text(
                "procurementMethodDetails",
                tender.procedureType().map(type -> dutch("procedure.type." + type.name())))
            .text("mainProcurementCategory", OcdsCodes.category(tender.purchaseKind()))
            .text("awardCriteria", "ratedCriteria")
            .text("awardCriteriaDetails", criteria())
            .texts("submissionMethod", List.of("electronicSubmission"))
            .object("tenderPeriod", period(tender.publishedAt(), tender.entryDeadline()))
            .object("enquiryPeriod", period(tender.publishedAt(), tender.offerDeadline()))
            .object("awardPeriod", period(tender.offersOpenedAt(), tender.awardedAt()));
    if (entryPhaseOver(tender)) {
      List<TenderResponse> bids = bids();
      json.number("numberOfTenderers", bids.size()).objects("tenderers", tenderers(bids));
    }
    return json.objects("documents", documents())
        .objects("milestones", new TenderMilestones(tender).build())
        .objects("lots", lots())
        .build();
  }

  /**
   * Whether the entry phase is over, so that who responded may be known: from the selection on, or
   * for a cancelled tender when it was cancelled after the entry deadline.
   */
  static boolean entryPhaseOver(Tender tender) {
    if (tender.status() == TenderStatus.CANCELLED) {
      return tender
          .entryDeadline()
          .map(deadline -> !tender.statusChangedAt().isBefore(deadline))
          .orElse(false);
    }
    return tender.status().compareTo(TenderStatus.SELECTION) >= 0;
  }

  static String lotId(Lot lot) {
    return "lot-" + lot.id();
  }

  static String dutch(String key, Object... args) {
    return Messages.get(Messages.DUTCH, key, args);
  }

  private List<JsonObject> items() {
    List<JsonObject> items = new ArrayList<>();
    tender.cpvCodes().forEach(code -> items.add(item("cpv-" + code.digits(), code, null)));
    for (Lot lot : tender.lots()) {
      lot.cpvCodes()
          .forEach(code -> items.add(item(lotId(lot) + "-cpv-" + code.digits(), code, lot)));
    }
    return items;
  }

  private JsonObject item(String id, CpvCode code, Lot lot) {
    OcdsObject classification =
        new OcdsObject()
            .text("scheme", "CPV")
            .text("id", code.digits())
            .text("description", process.cpvLabels().get(code.digits()));
    return new OcdsObject()
        .text("id", id)
        .object("classification", classification)
        .text("relatedLot", lot == null ? null : lotId(lot))
        .build();
  }

  private String criteria() {
    List<String> parts = new ArrayList<>();
    tender
        .priceWeight()
        .ifPresent(weight -> parts.add(dutch("ocds.criterion.price") + " " + weight + "%"));
    tender
        .criteria()
        .forEach(criterion -> parts.add(criterion.name() + " " + criterion.weight() + "%"));
    return String.join("; ", parts);
  }

  private static JsonObject period(Optional<Instant> start, Optional<Instant> end) {
    return OcdsObject.period(
        start.map(OcdsDates::format).orElse(null), end.map(OcdsDates::format).orElse(null));
  }

  /** Responses still standing after the entry phase: one bid per firm or consortium. */
  private List<TenderResponse> bids() {
    return process.responses().stream()
        .filter(response -> response.status() != ResponseStatus.WITHDRAWN)
        .toList();
  }

  private List<JsonObject> tenderers(List<TenderResponse> bids) {
    Map<String, JsonObject> references = new LinkedHashMap<>();
    for (TenderResponse bid : bids) {
      Party lead = parties.firm(bid.supplier(), Parties.TENDERER);
      references.putIfAbsent(lead.id(), OcdsObject.reference(lead));
      bid.partnerIds().stream()
          .sorted()
          .map(partner -> parties.firm(partner, Parties.TENDERER))
          .flatMap(Optional::stream)
          .forEach(partner -> references.putIfAbsent(partner.id(), OcdsObject.reference(partner)));
    }
    return List.copyOf(references.values());
  }

  private List<JsonObject> documents() {
    List<JsonObject> documents = new ArrayList<>();
    documents.add(
        new OcdsObject()
            .text("id", "tender-notice")
            .text("documentType", "tenderNotice")
            .text("title", tender.title())
            .text("url", settings.link("public/tender.xhtml?id=" + tender.id()))
            .date("datePublished", tender.publishedAt())
            .text("format", "text/html")
            .text("language", "nl")
            .build());
    process
        .clarifications()
        .ifPresent(
            answers ->
                documents.add(
                    new OcdsObject()
                        .text("id", "clarifications")
                        .text("documentType", "clarifications")
                        .text("title", dutch("ocds.document.clarifications"))
                        .text("url", settings.link("api/v1/tenders/" + tender.id() + "/questions"))
                        .date("datePublished", answers.first())
                        .date("dateModified", answers.latest())
                        .text("format", "application/json")
                        .text("language", "nl")
                        .build()));
    return documents;
  }

  private List<JsonObject> lots() {
    String status = OcdsCodes.tenderStatus(tender.status());
    return tender.lots().stream()
        .map(
            lot ->
                new OcdsObject()
                    .text("id", lotId(lot))
                    .text("title", lot.title())
                    .text("status", status)
                    .money("value", lot.maxBudget())
                    .build())
        .toList();
  }
}
