package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.entity.EntryPitch;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The responses on the tender page: the pitches with the selection decision, and the final offers,
 * which show nothing but their submission time until the offer deadline has passed and the officer
 * opens them.
 */
@Named
@ViewScoped
public class ResponseDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderDesk desk;

  @Inject TenderResponses responses;

  private List<Row> rows;
  private final Map<Long, String> notes = new HashMap<>();
  private final Map<Long, Row> openedRows = new HashMap<>();

  /** Forgets what was read, so the page shows what is stored now. */
  public void reload() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          responses.visibleResponses(desk.getId(), desk.caller()).stream()
              .map(r -> openedRows.getOrDefault(r.id(), Row.of(r, false)))
              .toList();
    }
    return rows;
  }

  /** Selected candidates and their offers: whom to schedule a session with. */
  public List<Row> getCandidates() {
    return getRows().stream()
        .filter(r -> r.status().equals("SELECTED") || r.status().equals("OFFERED"))
        .toList();
  }

  /** The final offers, the ones the committee scores. */
  public List<Row> getOffers() {
    return getRows().stream().filter(r -> r.status().equals("OFFERED")).toList();
  }

  public boolean isSelecting() {
    return desk.isOfficer() && desk.tender().status() == TenderStatus.SELECTION;
  }

  public void select(long responseId, boolean selected) {
    desk.run(
        () ->
            responses.select(
                desk.getId(), responseId, selected, notes.get(responseId), desk.caller()),
        selected ? "officerTender.response.selected" : "officerTender.response.notSelected");
    rows = null;
  }

  /** Opens a final offer after the deadline; the first opening is written to the trail. */
  public void open(long responseId) {
    desk.run(
        () -> {
          TenderResponse offer = responses.openOffer(desk.getId(), responseId, desk.caller());
          openedRows.put(responseId, Row.of(offer, true));
        },
        "officerTender.offer.opened");
    rows = null;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  /** A response as the buyer may see it now: the price and offer text only once opened. */
  public record Row(
      long id,
      String supplier,
      String status,
      String lot,
      String vision,
      String expertise,
      String innovation,
      String references,
      Instant pitchedAt,
      String selectionNote,
      Instant offeredAt,
      boolean offerOpened,
      BigDecimal price,
      String offerText)
      implements Serializable {

    static Row of(TenderResponse response, boolean open) {
      EntryPitch pitch = response.pitch();
      return new Row(
          response.id(),
          response.supplier().name(),
          response.status().name(),
          response.lot().map(l -> l.title()).orElse(null),
          pitch == null ? null : pitch.vision(),
          pitch == null ? null : pitch.expertise(),
          pitch == null ? null : pitch.innovation(),
          pitch == null ? null : pitch.references(),
          response.pitchedAt().orElse(null),
          response.selectionNote().orElse(null),
          response.offeredAt().orElse(null),
          open,
          open ? response.offerPrice().orElse(null) : null,
          open ? response.offerText().orElse(null) : null);
    }

    public boolean isOffered() {
      return offeredAt != null;
    }
  }
}
