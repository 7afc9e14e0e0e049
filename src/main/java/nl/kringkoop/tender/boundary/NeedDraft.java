package nl.kringkoop.tender.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.tender.control.NeedForm;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;

/**
 * What the officer typed in the need wizard, across all its steps. Kept as typed (a refused save
 * loses nothing) and turned into a {@link NeedForm} only when saved; times are Dutch local time.
 */
public class NeedDraft implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int FULL_WEIGHT = 100;

  private String title;
  private String ambition;
  private String scope;
  private String purchaseKind = "SERVICES";
  private String location;
  private List<String> cpvCodes = new ArrayList<>();
  private List<String> rStrategies = new ArrayList<>();
  private List<String> requiredCertifications = new ArrayList<>();
  private List<String> preferredCertifications = new ArrayList<>();
  private boolean serviceAreaRequired;
  private String circularGoal;
  private BigDecimal socialReturnPercent;
  private BigDecimal maxBudget;
  private BigDecimal estimatedValue;
  private final List<LotRow> lots = new ArrayList<>();
  private Integer priceWeight;
  private final List<CriterionRow> criteria = new ArrayList<>();
  private String procedureType;
  private LocalDateTime entryDeadline;
  private LocalDateTime dialogueStart;
  private LocalDateTime dialogueEnd;
  private LocalDateTime offerDeadline;

  /** A new need in the buyer's own municipality, with one quality criterion to fill in. */
  static NeedDraft fresh(String buyerCode) {
    NeedDraft draft = new NeedDraft();
    draft.location = buyerCode;
    draft.criteria.add(new CriterionRow());
    return draft;
  }

  /** The stored draft, written the way the wizard shows it. */
  static NeedDraft of(Tender tender, Function<CpvCode, String> cpvLine) {
    NeedDraft draft = new NeedDraft();
    draft.title = tender.title();
    draft.ambition = tender.ambition().orElse(null);
    draft.scope = tender.scope().orElse(null);
    draft.purchaseKind = tender.purchaseKind().name();
    draft.location = tender.location().map(Object::toString).orElse(null);
    draft.cpvCodes = new ArrayList<>(tender.cpvCodes().stream().map(cpvLine).toList());
    draft.rStrategies = new ArrayList<>(tender.rStrategies().stream().map(Enum::name).toList());
    draft.circularGoal = tender.circularGoal().orElse(null);
    var conditions = tender.supplierConditions();
    draft.requiredCertifications = names(conditions.requiredCertifications());
    draft.preferredCertifications = names(conditions.preferredCertifications());
    draft.serviceAreaRequired = conditions.serviceAreaRequired();
    draft.socialReturnPercent = tender.socialReturnPercent().orElse(null);
    draft.maxBudget = tender.maxBudget().orElse(null);
    draft.estimatedValue = tender.estimatedValue().orElse(null);
    for (Lot lot : tender.lots()) {
      draft.lots.add(LotRow.of(lot, cpvLine));
    }
    draft.priceWeight = tender.priceWeight().orElse(null);
    for (Criterion criterion : tender.criteria()) {
      draft.criteria.add(new CriterionRow(criterion.name(), criterion.weight()));
    }
    draft.procedureType = tender.procedureType().map(Enum::name).orElse(null);
    draft.entryDeadline = local(tender.entryDeadline());
    draft.dialogueStart = local(tender.dialogueStart());
    draft.dialogueEnd = local(tender.dialogueEnd());
    draft.offerDeadline = local(tender.offerDeadline());
    return draft;
  }

  NeedForm toForm(Long version) {
    NeedForm form = new NeedForm();
    form.version = version;
    form.title = title;
    form.ambition = ambition;
    form.scope = scope;
    form.purchaseKind = purchaseKind;
    form.location = location;
    form.cpvCodes = digits(cpvCodes);
    form.rStrategies = List.copyOf(rStrategies);
    form.requiredCertifications = List.copyOf(requiredCertifications);
    form.preferredCertifications = List.copyOf(preferredCertifications);
    form.serviceAreaRequired = serviceAreaRequired;
    form.circularGoal = circularGoal;
    form.socialReturnPercent = socialReturnPercent;
    form.maxBudget = euros(maxBudget);
    form.estimatedValue = euros(estimatedValue);
    // Rows left empty are not part of the need, so an unfinished draft can still be saved.
    form.lots = lots.stream().filter(row -> !row.isBlank()).map(LotRow::toEntry).toList();
    form.priceWeight = priceWeight;
    form.criteria =
        criteria.stream()
            .filter(c -> (c.getName() != null && !c.getName().isBlank()) || c.getWeight() != null)
            .map(c -> new NeedForm.CriterionEntry(c.getName(), c.getWeight()))
            .toList();
    form.procedureType = procedureType;
    form.entryDeadline = iso(entryDeadline);
    form.dialogueStart = iso(dialogueStart);
    form.dialogueEnd = iso(dialogueEnd);
    form.offerDeadline = iso(offerDeadline);
    return form;
  }

  /** Price weight plus every quality weight; publication needs exactly 100. */
  public int getWeightTotal() {
    int total = priceWeight == null ? 0 : priceWeight;
    for (CriterionRow row : criteria) {
      total += row.getWeight() == null ? 0 : row.getWeight();
    }
    return total;
  }

  public boolean isWeightsComplete() {
    return getWeightTotal() == FULL_WEIGHT && priceWeight != null && priceWeight >= 1;
  }

  public void addLot() {
    lots.add(new LotRow());
  }

  public void removeLot(LotRow row) {
    lots.remove(row);
  }

  public void addCriterion() {
    criteria.add(new CriterionRow());
  }

  public void removeCriterion(CriterionRow row) {
    criteria.remove(row);
  }

  static List<String> digits(List<String> lines) {
    return lines == null
        ? List.of()
        : lines.stream().map(TenderChoices::cpvDigits).flatMap(Optional::stream).toList();
  }

  static Money euros(BigDecimal amount) {
    return amount == null ? null : new Money(amount, Money.EURO);
  }

  private static String iso(LocalDateTime time) {
    return time == null ? null : time.toString();
  }

  private static LocalDateTime local(Optional<Instant> instant) {
    return instant.map(i -> LocalDateTime.ofInstant(i, ClockProducer.DISPLAY_ZONE)).orElse(null);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getAmbition() {
    return ambition;
  }

  public void setAmbition(String ambition) {
    this.ambition = ambition;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getPurchaseKind() {
    return purchaseKind;
  }

  public void setPurchaseKind(String purchaseKind) {
    this.purchaseKind = purchaseKind;
  }

  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  public List<String> getCpvCodes() {
    return cpvCodes;
  }

  public void setCpvCodes(List<String> cpvCodes) {
    this.cpvCodes = cpvCodes == null ? new ArrayList<>() : new ArrayList<>(cpvCodes);
  }

  public List<String> getStrategies() {
    return rStrategies;
  }

  public void setStrategies(List<String> strategies) {
    this.rStrategies = strategies == null ? new ArrayList<>() : new ArrayList<>(strategies);
  }

  public List<String> getRequiredCertifications() {
    return requiredCertifications;
  }

  public void setRequiredCertifications(List<String> kinds) {
    this.requiredCertifications = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
  }

  public List<String> getPreferredCertifications() {
    return preferredCertifications;
  }

  public void setPreferredCertifications(List<String> kinds) {
    this.preferredCertifications = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
  }

  public boolean isServiceAreaRequired() {
    return serviceAreaRequired;
  }

  public void setServiceAreaRequired(boolean serviceAreaRequired) {
    this.serviceAreaRequired = serviceAreaRequired;
  }

  private static List<String> names(java.util.Set<? extends Enum<?>> kinds) {
    return new ArrayList<>(kinds.stream().map(Enum::name).sorted().toList());
  }

  public String getCircularGoal() {
    return circularGoal;
  }

  public void setCircularGoal(String circularGoal) {
    this.circularGoal = circularGoal;
  }

  public BigDecimal getSocialReturnPercent() {
    return socialReturnPercent;
  }

  public void setSocialReturnPercent(BigDecimal socialReturnPercent) {
    this.socialReturnPercent = socialReturnPercent;
  }

  public BigDecimal getMaxBudget() {
    return maxBudget;
  }

  public void setMaxBudget(BigDecimal maxBudget) {
    this.maxBudget = maxBudget;
  }

  public BigDecimal getEstimatedValue() {
    return estimatedValue;
  }

  public void setEstimatedValue(BigDecimal estimatedValue) {
    this.estimatedValue = estimatedValue;
  }

  public List<LotRow> getLots() {
    return lots;
  }

  public Integer getPriceWeight() {
    return priceWeight;
  }

  public void setPriceWeight(Integer priceWeight) {
    this.priceWeight = priceWeight;
  }

  public List<CriterionRow> getCriteria() {
    return criteria;
  }

  public String getProcedureType() {
    return procedureType;
  }

  public void setProcedureType(String procedureType) {
    this.procedureType = procedureType;
  }

  public LocalDateTime getEntryDeadline() {
    return entryDeadline;
  }

  public void setEntryDeadline(LocalDateTime entryDeadline) {
    this.entryDeadline = entryDeadline;
  }

  public LocalDateTime getDialogueStart() {
    return dialogueStart;
  }

  public void setDialogueStart(LocalDateTime dialogueStart) {
    this.dialogueStart = dialogueStart;
  }

  public LocalDateTime getDialogueEnd() {
    return dialogueEnd;
  }

  public void setDialogueEnd(LocalDateTime dialogueEnd) {
    this.dialogueEnd = dialogueEnd;
  }

  public LocalDateTime getOfferDeadline() {
    return offerDeadline;
  }

  public void setOfferDeadline(LocalDateTime offerDeadline) {
    this.offerDeadline = offerDeadline;
  }
}
