package nl.kringkoop.tender.boundary;

import java.time.Instant;
import nl.kringkoop.tender.entity.Complaint;

/** A complaint against the intended award and how it was settled. */
public record ComplaintView(
    long id,
    String filedBy,
    String text,
    Instant filedAt,
    String outcome,
    String explanation,
    Instant decidedAt) {

  static ComplaintView of(Complaint complaint) {
    return new ComplaintView(
        complaint.id(),
        complaint.filedBy().name(),
        complaint.text(),
        complaint.filedAt(),
        complaint.outcome().map(Enum::name).orElse(null),
        complaint.outcomeText().orElse(null),
        complaint.decidedAt().orElse(null));
  }
}
