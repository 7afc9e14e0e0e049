package nl.kringkoop.contract.control;

/** How a contract ends (COMPLETED or TERMINATED), from the version the officer read. */
public class CloseForm {
  public String status;
  public Long version;
}
