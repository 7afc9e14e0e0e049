package nl.kringkoop.contract.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** What the contract page's milestone forms hold: a new milestone, or progress on one. */
public class MilestoneEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long milestoneId;
  private String title;
  private LocalDate date;
  private String status = "DONE";
  private String note;

  void clear() {
    milestoneId = null;
    title = null;
    date = null;
    status = "DONE";
    note = null;
  }

  public Long getMilestoneId() {
    return milestoneId;
  }

  public void setMilestoneId(Long milestoneId) {
    this.milestoneId = milestoneId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
