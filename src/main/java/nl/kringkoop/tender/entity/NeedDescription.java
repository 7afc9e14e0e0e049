package nl.kringkoop.tender.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.region.entity.MunicipalityCode;

/**
 * What an officer wrote about a need, checked for form but possibly incomplete: a draft may miss
 * anything except its title. Publication checks completeness.
 */
public record NeedDescription(
    String title,
    String ambition,
    String scope,
    String circularGoal,
    PurchaseKind purchaseKind,
    MunicipalityCode location,
    BigDecimal maxBudget,
    BigDecimal estimatedValue,
    BigDecimal socialReturnPercent,
    Integer priceWeight,
    List<Criterion> criteria,
    ProcedureType procedureType,
    Set<CpvCode> cpvCodes,
    Set<RStrategy> rStrategies,
    List<LotDescription> lots,
    Instant entryDeadline,
    Instant dialogueStart,
    Instant dialogueEnd,
    Instant offerDeadline,
    SupplierConditions conditions) {

  public NeedDescription {
    conditions = conditions == null ? SupplierConditions.NONE : conditions;
    criteria = List.copyOf(criteria);
    cpvCodes = Set.copyOf(cpvCodes);
    rStrategies = Set.copyOf(rStrategies);
    lots = List.copyOf(lots);
  }

  /** A lot as written: title, ceiling and its own CPV codes. */
  public record LotDescription(String title, BigDecimal maxBudget, Set<CpvCode> cpvCodes) {
    public LotDescription {
      cpvCodes = Set.copyOf(cpvCodes);
    }
  }
}
