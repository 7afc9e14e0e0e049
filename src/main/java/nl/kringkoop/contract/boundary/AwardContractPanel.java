package nl.kringkoop.contract.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.kringkoop.contract.control.AwardContracts;
import nl.kringkoop.contract.control.AwardForm;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;

/**
 * The contracts panel on the officer's tender page: once the tender is awarded and has no contracts
 * yet, its officer adds department, period and R-strategy and has the contracts drawn up from the
 * award; afterwards the panel links to them.
 */
@Named
@ViewScoped
public class AwardContractPanel implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "awardContracts";

  @Inject Tenders tenders;

  @Inject AwardContracts award;

  @Inject Contracts contracts;

  @Inject ContractFinder finder;

  @Inject CurrentUser currentUser;

  @Inject PageActions actions;

  private Long tenderId;
  private boolean due;
  private List<ContractView> made = List.of();
  private String department;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String strategy;

  /** Shows the panel for the tender named in the page's address. */
  public void open(Long tenderId) {
    this.tenderId = tenderId;
    refresh();
  }

  private void refresh() {
    due = false;
    made = List.of();
    if (tenderId == null) {
      return;
    }
    SignedInCaller caller = currentUser.caller();
    Tender tender;
    try {
      tender = tenders.visible(tenderId, caller);
    } catch (ProblemException hidden) {
      return;
    }
    if (!TenderAccess.isBuyerStaff(tender, caller)) {
      return;
    }
    due = TenderAccess.isBuyerOfficer(tender, caller) && award.areDue(tender);
    LocalDate today = contracts.today();
    made =
        finder.forTender(tenderId).stream()
            .filter(c -> ContractFinder.maySee(c, caller))
            .map(c -> ContractView.of(c, today))
            .toList();
  }

  public void draw() {
    AwardForm form = new AwardForm();
    form.department = department;
    form.startsOn = startsOn == null ? null : startsOn.toString();
    form.endsOn = endsOn == null ? null : endsOn.toString();
    form.rStrategy = strategy;
    actions.run(
        FORM,
        "awardContracts.made",
        () -> contracts.fromAward(tenderId, form, currentUser.caller()));
    refresh();
  }

  public boolean isDue() {
    return due;
  }

  public List<ContractView> getMade() {
    return made;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getStrategy() {
    return strategy;
  }

  public void setStrategy(String strategy) {
    this.strategy = strategy;
  }
}
