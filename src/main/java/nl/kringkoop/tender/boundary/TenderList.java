package nl.kringkoop.tender.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.tender.control.TenderFinder;
import nl.kringkoop.tender.entity.TenderStatus;

/** The officer's list of their municipality's tenders, filtered by phase and title words. */
@Named
@ViewScoped
public class TenderList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TenderFinder finder;

  @Inject CurrentUser currentUser;

  private String status;
  private String text;
  private TenderRows rows;

  @PostConstruct
  void load() {
    rows = new TenderRows(finder, currentUser.caller(), filter());
  }

  public void search() {
    rows.filterBy(filter());
  }

  public void reset() {
    status = null;
    text = null;
    search();
  }

  private TenderFinder.Filter filter() {
    TenderStatus chosen = status == null || status.isBlank() ? null : TenderStatus.valueOf(status);
    return new TenderFinder.Filter(chosen, true, text);
  }

  public TenderRows getRows() {
    return rows;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
