package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.Kpi;
import nl.kringkoop.contract.entity.KpiDefinition;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.contract.entity.MilestoneStatus;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * How the work on a contract goes: the buyer's officer plans milestones and sets KPIs; the officer
 * or any contracted firm records a milestone as reached (or reopens it) and measures a KPI. Only
 * while the contract is active; each step is audited under the contract.
 */
@ApplicationScoped
@Transactional
public class ContractProgress {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Contracts contracts;

  @Inject ContractFinder finder;

  public Milestone plan(long contractId, MilestoneForm form, SignedInCaller caller) {
    Contract contract = contracts.forBuyerOfficer(contractId, caller, null);
    Contracts.requireActive(contract);
    ProgressRules.Plan plan = rules().plan(form);
    Milestone milestone = contract.plan(plan.title(), plan.dueOn(), caller.username(), now());
    em.flush();
    contracts.record(
        contract,
        caller,
        "CONTRACT_MILESTONE_PLANNED",
        "milestone " + milestone.id() + " due " + plan.dueOn() + ": " + plan.title());
    return milestone;
  }

  public Milestone progress(
      long contractId, long milestoneId, MilestoneForm form, SignedInCaller caller) {
    Contract contract = forProgress(contractId, caller);
    Milestone milestone =
        contract
            .milestone(milestoneId)
            .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    ProgressRules.Progress progress = rules().progress(form);
    requireVersion(milestone.version(), form.version);
    if (progress.status() == MilestoneStatus.DONE) {
      milestone.complete(progress.completedOn(), progress.note(), caller.username(), now());
    } else {
      milestone.reopen(progress.note(), caller.username(), now());
    }
    em.flush();
    contracts.record(
        contract,
        caller,
        progress.status() == MilestoneStatus.DONE
            ? "CONTRACT_MILESTONE_DONE"
            : "CONTRACT_MILESTONE_REOPENED",
        "milestone "
            + milestone.id()
            + (progress.completedOn() == null ? "" : " on " + progress.completedOn())
            + (progress.note() == null ? "" : ": " + progress.note()));
    return milestone;
  }

  public Kpi addKpi(long contractId, KpiForm form, SignedInCaller caller) {
    Contract contract = contracts.forBuyerOfficer(contractId, caller, null);
    Contracts.requireActive(contract);
    KpiDefinition definition = rules().definition(form);
    Kpi kpi = contract.measure(definition, caller.username(), now());
    em.flush();
    contracts.record(
        contract,
        caller,
        "CONTRACT_KPI_ADDED",
        "kpi "
            + kpi.id()
            + ": "
            + definition.name()
            + " target "
            + definition.target().toPlainString()
            + " "
            + definition.unit()
            + (definition.higherIsBetter() ? " (at least)" : " (at most)"));
    return kpi;
  }

  public Kpi measure(long contractId, long kpiId, KpiForm form, SignedInCaller caller) {
    Contract contract = forProgress(contractId, caller);
    Kpi kpi = contract.kpi(kpiId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    ProgressRules.Measurement measurement = rules().measurement(form);
    requireVersion(kpi.version(), form.version);
    kpi.record(measurement.value(), measurement.on(), caller.username(), now());
    em.flush();
    contracts.record(
        contract,
        caller,
        "CONTRACT_KPI_MEASURED",
        "kpi "
            + kpi.id()
            + ": "
            + measurement.value().toPlainString()
            + " "
            + kpi.unit()
            + " on "
            + measurement.on()
            + (kpi.isOffTarget() ? " (off target)" : ""));
    return kpi;
  }

  /** The contract for someone recording progress: its officer or a contracted firm. */
  private Contract forProgress(long contractId, SignedInCaller caller) {
    Contract contract = finder.visible(contractId, caller);
    if (!ContractFinder.mayRecordProgress(contract, caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "contract.refused.notProgressRecorder");
    }
    Contracts.requireActive(contract);
    return contract;
  }

  private static void requireVersion(long current, Long read) {
    if (read != null && read != current) {
      throw ProblemException.of(ProblemType.STALE_VERSION);
    }
  }

  private ProgressRules rules() {
    return new ProgressRules(contracts.today());
  }

  private Instant now() {
    return clock.instant();
  }
}
