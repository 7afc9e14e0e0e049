package nl.kringkoop.contract.control;

/**
 * A milestone as written: {@code title} and {@code dueOn} when the officer plans it; {@code status}
 * (DONE or PLANNED), {@code completedOn} (default today), {@code note} and the {@code version} read
 * when someone records it as reached or reopens it. Dates are ISO ({@code 2026-06-30}).
 */
public class MilestoneForm {
  public Long version;
  public String title;
  public String dueOn;
  public String status;
  public String completedOn;
  public String note;
}
