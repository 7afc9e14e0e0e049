package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.tender.control.Complaints;
import nl.kringkoop.tender.entity.Complaint;

/** Complaints filed during the standstill: the officer records each outcome with an explanation. */
@Named
@ViewScoped
public class ComplaintDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderDesk desk;

  @Inject Complaints complaints;

  private List<Row> rows;
  private final Map<Long, String> outcomes = new HashMap<>();
  private final Map<Long, String> explanations = new HashMap<>();

  /** Forgets what was read, so the page shows what is stored now. */
  public void reload() {
    rows = null;
  }

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          complaints.visibleComplaints(desk.getId(), desk.caller()).stream().map(Row::of).toList();
    }
    return rows;
  }

  public void decide(long complaintId) {
    desk.run(
        () ->
            complaints.decide(
                desk.getId(),
                complaintId,
                outcomes.get(complaintId),
                explanations.get(complaintId),
                desk.caller()),
        "officerTender.complaint.decided");
    rows = null;
  }

  public Map<Long, String> getOutcomes() {
    return outcomes;
  }

  public Map<Long, String> getExplanations() {
    return explanations;
  }

  /** A complaint with who filed it and, once decided, the outcome. */
  public record Row(
      long id,
      String filedBy,
      String text,
      Instant filedAt,
      String outcome,
      String outcomeText,
      boolean pending)
      implements Serializable {

    static Row of(Complaint complaint) {
      return new Row(
          complaint.id(),
          complaint.filedBy().name(),
          complaint.text(),
          complaint.filedAt(),
          complaint.outcome().map(Enum::name).orElse(null),
          complaint.outcomeText().orElse(null),
          complaint.isPending());
    }
  }
}
