package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.tender.entity.AwardOutcome;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The release's {@code awards}: one per winning offer, with its price and the firms that carry it
 * out, and only once the award is final. Until then, and for the offers that did not win, no price
 * or content of an offer is published.
 */
final class AwardSection {

  private final TenderProcess process;
  private final Parties parties;

  AwardSection(TenderProcess process, Parties parties) {
    this.process = process;
    this.parties = parties;
  }

  static String awardId(TenderResponse winner) {
    return "award-" + winner.id();
  }

  /** The winning offers of a finally awarded tender; none before the award is final. */
  List<TenderResponse> winners() {
    if (process.tender().status() != TenderStatus.AWARDED) {
      return List.of();
    }
    return process.responses().stream()
        .filter(response -> response.outcome().filter(AwardOutcome.WINNER::equals).isPresent())
        .filter(response -> response.offerPrice().isPresent())
        .toList();
  }

  List<JsonObject> build() {
    return winners().stream().map(this::award).toList();
  }

  private JsonObject award(TenderResponse winner) {
    Tender tender = process.tender();
    List<JsonObject> suppliers = new ArrayList<>();
    suppliers.add(OcdsObject.reference(parties.firm(winner.supplier(), Parties.SUPPLIER)));
    winner.partnerIds().stream()
        .sorted()
        .map(partner -> parties.firm(partner, Parties.SUPPLIER))
        .flatMap(Optional::stream)
        .map(OcdsObject::reference)
        .forEach(suppliers::add);
    return new OcdsObject()
        .text("id", awardId(winner))
        .text("title", winner.lot().map(Lot::title).orElse(tender.title()))
        .text("status", "active")
        .date("date", tender.awardedAt())
        .money("value", winner.offerPrice())
        .objects("suppliers", suppliers)
        .texts("relatedLots", winner.lot().map(TenderSection::lotId).stream().toList())
        .build();
  }
}
