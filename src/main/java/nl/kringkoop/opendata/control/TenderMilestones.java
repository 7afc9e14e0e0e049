package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The RCC deadlines as tender milestones. Whether one is met follows from the phase the tender
 * reached, not from the clock, so the same state always gives the same release.
 */
final class TenderMilestones {

  private final Tender tender;

  TenderMilestones(Tender tender) {
    this.tender = tender;
  }

  List<JsonObject> build() {
    List<JsonObject> milestones = new ArrayList<>();
    add(milestones, "entryDeadline", tender.entryDeadline(), TenderStatus.SELECTION, "engagement");
    add(milestones, "dialogue", tender.dialogueEnd(), TenderStatus.OFFERS, "engagement");
    add(milestones, "offerDeadline", tender.offerDeadline(), TenderStatus.EVALUATION, "engagement");
    add(milestones, "standstill", tender.standstillEndsAt(), TenderStatus.AWARDED, "approval");
    return milestones;
  }

  private void add(
      List<JsonObject> milestones,
      String code,
      Optional<Instant> due,
      TenderStatus doneFrom,
      String type) {
    due.ifPresent(
        date -> {
          String status = status(date, doneFrom);
          milestones.add(
              new OcdsObject()
                  .text("id", code)
                  .text("title", TenderSection.dutch("ocds.milestone." + code))
                  .text("type", type)
                  .text("code", code)
                  .date("dueDate", date)
                  .date("dateMet", "met".equals(status) ? date : null)
                  .text("status", status)
                  .build());
        });
  }

  private String status(Instant due, TenderStatus doneFrom) {
    if (tender.status() == TenderStatus.CANCELLED) {
      return due.isBefore(tender.statusChangedAt()) ? "met" : "notMet";
    }
    return tender.status().compareTo(doneFrom) >= 0 ? "met" : "scheduled";
  }
}
