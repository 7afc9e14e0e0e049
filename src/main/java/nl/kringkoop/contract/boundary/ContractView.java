package nl.kringkoop.contract.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractParty;
import nl.kringkoop.contract.entity.ContractStatus;
import nl.kringkoop.contract.entity.Kpi;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.tender.entity.Tender;

/**
 * A contract as its buyer's staff and its firms see it: terms, parties with their shares (sole
 * contractor or lead first), milestones and KPIs, with the flags that need attention (milestones of
 * an active contract overdue on {@code today}, KPIs measured off target) counted.
 */
public record ContractView(
    long id,
    long version,
    String reference,
    String title,
    String department,
    Buyer buyer,
    Long tenderId,
    List<Long> lotIds,
    String origin,
    String status,
    Money value,
    String rStrategy,
    LocalDate startsOn,
    LocalDate endsOn,
    Instant signedAt,
    List<PartyView> parties,
    List<MilestoneView> milestones,
    List<KpiView> kpis,
    int overdueMilestones,
    int kpisOffTarget)
    implements Serializable {

  /** The buying municipality. */
  public record Buyer(long id, String name, String code) implements Serializable {}

  /** A firm with its role and share. */
  public record PartyView(long supplierId, String name, String role, BigDecimal sharePercent)
      implements Serializable {

    static PartyView of(ContractParty party) {
      return new PartyView(
          party.firm().id(), party.firm().name(), party.role().name(), party.sharePercent());
    }
  }

  /** A milestone; overdue when its date has passed and it is not done. */
  public record MilestoneView(
      long id,
      long version,
      String title,
      LocalDate dueOn,
      String status,
      LocalDate completedOn,
      String note,
      boolean overdue)
      implements Serializable {

    static MilestoneView of(Milestone milestone, LocalDate today, boolean running) {
      return new MilestoneView(
          milestone.id(),
          milestone.version(),
          milestone.title(),
          milestone.dueOn(),
          milestone.status().name(),
          milestone.completedOn().orElse(null),
          milestone.note().orElse(null),
          running && milestone.isOverdue(today));
    }

    @JsonbTransient
    public boolean isDone() {
      return "DONE".equals(status);
    }
  }

  /** A KPI with its target and latest measurement. */
  public record KpiView(
      long id,
      long version,
      String name,
      String unit,
      BigDecimal target,
      boolean higherIsBetter,
      BigDecimal measured,
      LocalDate measuredOn,
      boolean offTarget)
      implements Serializable {

    static KpiView of(Kpi kpi) {
      return new KpiView(
          kpi.id(),
          kpi.version(),
          kpi.name(),
          kpi.unit(),
          kpi.target(),
          kpi.higherIsBetter(),
          kpi.measured().orElse(null),
          kpi.measuredOn().orElse(null),
          kpi.isOffTarget());
    }
  }

  public static ContractView of(Contract contract, LocalDate today) {
    // A milestone of a closed contract is history, never late.
    boolean running = contract.status() == ContractStatus.ACTIVE;
    List<MilestoneView> milestones =
        contract.milestones().stream().map(m -> MilestoneView.of(m, today, running)).toList();
    List<KpiView> kpis = contract.kpis().stream().map(KpiView::of).toList();
    return new ContractView(
        contract.id(),
        contract.version(),
        contract.reference(),
        contract.title(),
        contract.department(),
        new Buyer(
            contract.buyer().id(), contract.buyer().name(), contract.buyer().code().orElse(null)),
        contract.tender().map(Tender::id).orElse(null),
        contract.lotIds().stream().sorted().toList(),
        contract.origin().name(),
        contract.status().name(),
        Money.euros(contract.value()),
        contract.rStrategy().map(RStrategy::name).orElse(null),
        contract.startsOn(),
        contract.endsOn(),
        contract.signedAt(),
        contract.parties().stream()
            .sorted(Comparator.comparing((ContractParty p) -> p.role()).thenComparing(p -> p.id()))
            .map(PartyView::of)
            .toList(),
        milestones,
        kpis,
        (int) milestones.stream().filter(MilestoneView::overdue).count(),
        (int) kpis.stream().filter(KpiView::offTarget).count());
  }

  @JsonbTransient
  public boolean isActive() {
    return "ACTIVE".equals(status);
  }

  @JsonbTransient
  public boolean isFlagged() {
    return overdueMilestones > 0 || kpisOffTarget > 0;
  }
}
