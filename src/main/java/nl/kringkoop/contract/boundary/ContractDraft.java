package nl.kringkoop.contract.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kringkoop.contract.control.ContractForm;
import nl.kringkoop.contract.control.ContractRules;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.partnership.control.PartnerChoice;
import nl.kringkoop.partnership.control.PartnerLabels;
import nl.kringkoop.platform.money.Money;

/**
 * The officer's form for a contract made outside the platform: reference, title, department, value,
 * period and R-strategy, and one to four firms found by name with their roles and shares. Once
 * stored, the officer lands on the new contract's page.
 */
@Named
@ViewScoped
public class ContractDraft implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "contract";

  @Inject Contracts contracts;

  @Inject PartnerChoice partnerChoice;

  @Inject CurrentUser currentUser;

  @Inject PageActions actions;

  private String reference;
  private String title;
  private String department;
  private BigDecimal value;
  private String rStrategy;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private List<PartyRow> parties = new ArrayList<>(List.of(new PartyRow("SOLE")));
  private final PartnerLabels labels = new PartnerLabels();

  public void addParty() {
    if (parties.size() < ContractRules.PARTIES_MAX) {
      if (parties.size() == 1 && "SOLE".equals(parties.get(0).getRole())) {
        parties.get(0).setRole("LEAD");
      }
      parties.add(new PartyRow("MEMBER"));
    }
  }

  public void removeParty(int index) {
    if (index >= 0 && index < parties.size() && parties.size() > 1) {
      parties.remove(index);
    }
  }

  public void save() {
    ContractForm form = new ContractForm();
    form.reference = reference;
    form.title = title;
    form.department = department;
    form.value = value == null ? null : new Money(value, Money.EURO);
    form.rStrategy = rStrategy;
    form.startsOn = startsOn == null ? null : startsOn.toString();
    form.endsOn = endsOn == null ? null : endsOn.toString();
    form.parties =
        parties.stream()
            .map(
                row ->
                    new ContractForm.PartyEntry(
                        row.getSupplierId(), row.getRole(), row.getSharePercent()))
            .toList();
    Contract[] stored = new Contract[1];
    if (actions.run(
        FORM,
        "contractPage.created",
        () -> stored[0] = contracts.create(form, currentUser.caller()))) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      try {
        faces
            .getExternalContext()
            .redirect(
                faces.getExternalContext().getRequestContextPath()
                    + "/officer/contract.xhtml?id="
                    + stored[0].id());
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }
  }

  /** Firms whose name matches, for the party fields. */
  public List<Long> completeFirm(String query) {
    return labels.remember(partnerChoice.find(query, currentUser.caller().organisationId()));
  }

  public String firmLabel(Long id) {
    return labels.of(id);
  }

  /** The shares written so far added up, for the running total. */
  public BigDecimal getShareTotal() {
    return parties.stream()
        .map(PartyRow::getSharePercent)
        .filter(Objects::nonNull)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean isMorePartiesAllowed() {
    return parties.size() < ContractRules.PARTIES_MAX;
  }

  public List<PartyRow> getParties() {
    return parties;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getStrategy() {
    return rStrategy;
  }

  public void setStrategy(String strategy) {
    this.rStrategy = strategy;
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
}
