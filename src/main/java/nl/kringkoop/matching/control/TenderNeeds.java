package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.matching.engine.NeedFacts;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.SupplierConditions;
import nl.kringkoop.tender.entity.Tender;

/**
 * A tender, or one of its lots, as the engine sees a need: its CPV codes, target R-strategies,
 * place (the location of the work, else the buyer's municipality), value (the estimate, else the
 * ceiling; a lot's own ceiling) and what it asks of firms.
 */
@ApplicationScoped
public class TenderNeeds {

  @Inject MarketPlaces places;

  /** The need of the whole tender, or of one lot; empty when it names no CPV code to match on. */
  public Optional<NeedFacts> of(Tender tender, Lot lot) {
    Set<CpvCode> codes =
        lot == null || lot.cpvCodes().isEmpty() ? tender.cpvCodes() : lot.cpvCodes();
    if (codes.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal value =
        lot != null && lot.maxBudget().isPresent()
            ? lot.maxBudget().get()
            : tender.estimatedValue().or(tender::maxBudget).orElse(BigDecimal.ZERO);
    String place =
        tender.location().or(tender.buyer()::location).map(Object::toString).orElse(null);
    SupplierConditions conditions = tender.supplierConditions();
    return Optional.of(
        new NeedFacts(
            codes.stream().mapToInt(code -> Integer.parseInt(code.digits())).toArray(),
            EnumBits.of(tender.rStrategies()),
            places.of(place),
            value.longValue(),
            EnumBits.of(conditions.preferredCertifications()),
            EnumBits.of(conditions.requiredCertifications()),
            conditions.serviceAreaRequired()));
  }
}
