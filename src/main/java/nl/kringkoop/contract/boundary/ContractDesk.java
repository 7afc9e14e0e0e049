package nl.kringkoop.contract.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import nl.kringkoop.contract.control.CloseForm;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.ContractProgress;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.contract.control.KpiForm;
import nl.kringkoop.contract.control.MilestoneForm;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.ProblemException;

/**
 * The contract page of the buyer's staff and of the contracted firms: terms, parties, milestones
 * and KPIs with their flags. The buyer's officer plans milestones, adds KPIs and closes the
 * contract; the officer and the firms record milestones as reached and measure KPIs.
 */
@Named
@ViewScoped
public class ContractDesk implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Contracts contracts;

  @Inject ContractProgress progress;

  @Inject ContractFinder finder;

  @Inject CurrentUser currentUser;

  @Inject PageActions actions;

  private Long id;
  private ContractView contract;
  private boolean officer;
  private boolean recorder;
  private final MilestoneEntry plan = new MilestoneEntry();
  private final MilestoneEntry reached = new MilestoneEntry();
  private final KpiEntry kpi = new KpiEntry();
  private final KpiEntry measurement = new KpiEntry();
  private String ending;

  public void load() {
    if (contract != null || id == null) {
      return;
    }
    try {
      refresh();
    } catch (ProblemException hidden) {
      contract = null;
    }
  }

  private void refresh() {
    SignedInCaller caller = currentUser.caller();
    Contract found = finder.visible(id, caller);
    contract = ContractView.of(found, contracts.today());
    officer = ContractFinder.isBuyerOfficer(found, caller);
    recorder = ContractFinder.mayRecordProgress(found, caller);
  }

  public void planMilestone() {
    MilestoneForm form = new MilestoneForm();
    form.title = plan.getTitle();
    form.dueOn = text(plan.getDate());
    if (act(
        "milestone", "contractPage.milestonePlanned", () -> progress.plan(id, form, caller()))) {
      plan.clear();
    }
  }

  public void recordMilestone() {
    Optional<ContractView.MilestoneView> chosen =
        contract.milestones().stream()
            .filter(m -> m.id() == orZero(reached.getMilestoneId()))
            .findFirst();
    if (chosen.isEmpty()) {
      actions.fieldError("progress", "milestoneId", "field.required");
      return;
    }
    MilestoneForm form = new MilestoneForm();
    form.version = chosen.get().version();
    form.status = reached.getStatus();
    form.completedOn = text(reached.getDate());
    form.note = reached.getNote();
    long milestone = chosen.get().id();
    if (act(
        "progress",
        "contractPage.milestoneRecorded",
        () -> progress.progress(id, milestone, form, caller()))) {
      reached.clear();
    }
  }

  public void addKpi() {
    KpiForm form = new KpiForm();
    form.name = kpi.getName();
    form.unit = kpi.getUnit();
    form.target = kpi.getValue();
    form.higherIsBetter = kpi.getHigherIsBetter();
    if (act("kpi", "contractPage.kpiAdded", () -> progress.addKpi(id, form, caller()))) {
      kpi.clear();
    }
  }

  public void measureKpi() {
    Optional<ContractView.KpiView> chosen =
        contract.kpis().stream().filter(k -> k.id() == orZero(measurement.getKpiId())).findFirst();
    if (chosen.isEmpty()) {
      actions.fieldError("measure", "kpiId", "field.required");
      return;
    }
    KpiForm form = new KpiForm();
    form.version = chosen.get().version();
    form.measured = measurement.getValue();
    form.measuredOn = text(measurement.getDate());
    long kpiId = chosen.get().id();
    if (act(
        "measure", "contractPage.kpiMeasured", () -> progress.measure(id, kpiId, form, caller()))) {
      measurement.clear();
    }
  }

  public void close() {
    CloseForm form = new CloseForm();
    form.status = ending;
    form.version = contract.version();
    if (act("closing", "contractPage.closed", () -> contracts.close(id, form, caller()))) {
      ending = null;
    }
  }

  private boolean act(String formId, String doneKey, Runnable change) {
    boolean done = actions.run(formId, doneKey, change);
    refresh();
    return done;
  }

  private SignedInCaller caller() {
    return currentUser.caller();
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static long orZero(Long id) {
    return id == null ? 0 : id;
  }

  public ContractView getContract() {
    return contract;
  }

  public boolean isOfficer() {
    return officer;
  }

  /** Whether the caller may record progress now: allowed, and the contract still runs. */
  public boolean isRecorder() {
    return recorder && contract != null && contract.isActive();
  }

  /** Whether the caller may plan, add and close now. */
  public boolean isManager() {
    return officer && contract != null && contract.isActive();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MilestoneEntry getPlan() {
    return plan;
  }

  public MilestoneEntry getReached() {
    return reached;
  }

  public KpiEntry getKpi() {
    return kpi;
  }

  public KpiEntry getMeasurement() {
    return measurement;
  }

  public String getEnding() {
    return ending;
  }

  public void setEnding(String ending) {
    this.ending = ending;
  }
}
