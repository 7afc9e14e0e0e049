package nl.kringkoop.tender.boundary;

import java.time.Instant;
import java.util.List;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * A response as its firm or the buyer sees it. {@code sealed} is true while the offer deadline has
 * not passed; the offer's content is then left out for everyone but the firm itself.
 */
public record ResponseView(
    long id,
    long version,
    long tenderId,
    Party supplier,
    List<Long> partnerIds,
    Long lotId,
    String status,
    Pitch pitch,
    Instant pitchedAt,
    boolean sealed,
    Instant offeredAt,
    Offer offer,
    String selectionNote,
    String outcome) {

  /** The lead firm. */
  public record Party(long id, String name) {}

  /** The entry pitch. */
  public record Pitch(String vision, String expertise, String innovation, String references) {}

  /** The final offer's content. */
  public record Offer(Money price, String description) {}

  static ResponseView of(TenderResponse response, boolean sealed, boolean showOffer) {
    var pitch = response.pitch();
    return new ResponseView(
        response.id(),
        response.version(),
        response.tender().id(),
        new Party(response.supplier().id(), response.supplier().name()),
        List.copyOf(response.partnerIds()),
        response.lot().map(l -> l.id()).orElse(null),
        response.status().name(),
        new Pitch(pitch.vision(), pitch.expertise(), pitch.innovation(), pitch.references()),
        response.pitchedAt().orElse(null),
        sealed,
        response.offeredAt().orElse(null),
        showOffer && response.offerPrice().isPresent()
            ? new Offer(
                TenderView.money(response.offerPrice().get()), response.offerText().orElse(null))
            : null,
        response.selectionNote().orElse(null),
        response.outcome().map(Enum::name).orElse(null));
  }
}
