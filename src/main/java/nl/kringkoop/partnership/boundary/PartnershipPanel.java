package nl.kringkoop.partnership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.partnership.control.ConsortiumFinder;
import nl.kringkoop.partnership.control.ConsortiumForm;
import nl.kringkoop.partnership.control.PartnerChoice;
import nl.kringkoop.partnership.control.PartnerLabels;
import nl.kringkoop.partnership.control.ReplacementForm;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;

/**
 * The partnership panel on a supplier's tender page: while entries are open, the firm picks one to
 * three partner firms with a work package and a share each (and its own) and invites them; then it
 * shows the firm's consortium for this tender, and lets its lead replace a firm that declined or
 * dissolve the consortium. {@link #suggest} pre-fills partners, e.g. from the matching engine.
 */
@Named
@ViewScoped
public class PartnershipPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Consortia consortia;

  @Inject ConsortiumFinder finder;

  @Inject PartnerChoice partnerChoice;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private Long tenderId;
  private ConsortiumView consortium;
  private List<PartnerRow> partners = new ArrayList<>(List.of(new PartnerRow()));
  private String leadWorkPackage;
  private BigDecimal leadSharePercent;
  private final PartnerRow replacement = new PartnerRow();
  private List<PartnerRow> shares = new ArrayList<>();
  private final PartnerLabels labels = new PartnerLabels();

  /** Shows the panel for the tender named in the page's address. */
  public void open(Long tenderId) {
    this.tenderId = tenderId;
    refresh();
  }

  private void refresh() {
    consortium =
        tenderId == null
            ? null
            : finder.liveFor(tenderId, ownFirm()).map(ConsortiumView::of).orElse(null);
    shares = new ArrayList<>();
    if (consortium != null) {
      consortium.members().stream()
          .filter(m -> !m.isDeclined())
          .forEach(
              m -> {
                PartnerRow row = new PartnerRow(m.supplierId());
                row.setSharePercent(m.sharePercent());
                shares.add(row);
                labels.put(m.supplierId(), m.name());
              });
    }
  }

  /**
   * Puts the given firms on the form as partners (after any already chosen), skipping the firm
   * itself, firms already chosen and ids that are no active supplier, up to three partners.
   */
  public void suggest(List<Long> supplierIds) {
    partners.removeIf(PartnerRow::isEmpty);
    long own = ownFirm();
    for (Long id : supplierIds) {
      boolean chosen = partners.stream().anyMatch(row -> Objects.equals(row.getSupplierId(), id));
      if (partners.size() >= Consortium.PARTNERS_MAX || id == null || id == own || chosen) {
        continue;
      }
      partnerChoice
          .label(id)
          .ifPresent(
              label -> {
                labels.put(id, label);
                partners.add(new PartnerRow(id));
              });
    }
    if (partners.isEmpty()) {
      partners.add(new PartnerRow());
    }
  }

  public void addPartner() {
    if (partners.size() < Consortium.PARTNERS_MAX) {
      partners.add(new PartnerRow());
    }
  }

  public void removePartner(int index) {
    if (index >= 0 && index < partners.size() && partners.size() > 1) {
      partners.remove(index);
    }
  }

  public void propose() {
    ConsortiumForm form = new ConsortiumForm();
    form.leadWorkPackage = leadWorkPackage;
    form.leadSharePercent = leadSharePercent;
    form.partners =
        partners.stream()
            .map(
                row ->
                    new ConsortiumForm.PartnerEntry(
                        row.getSupplierId(), row.getWorkPackage(), row.getSharePercent()))
            .toList();
    if (act(
        "forming",
        "partnership.panel.invited",
        () -> consortia.propose(tenderId, form, caller()))) {
      partners = new ArrayList<>(List.of(new PartnerRow()));
      leadWorkPackage = null;
      leadSharePercent = null;
    }
  }

  /** The lead invites the chosen firm in the place of the first firm that declined. */
  public void replace() {
    ConsortiumView.Member declined = getDeclined();
    if (consortium == null || declined == null) {
      return;
    }
    ReplacementForm form = new ReplacementForm();
    form.supplierId = replacement.getSupplierId();
    form.workPackage = replacement.getWorkPackage();
    form.sharePercent = replacement.getSharePercent();
    form.version = consortium.version();
    form.shares =
        shares.stream()
            .map(row -> new ReplacementForm.ShareEntry(row.getSupplierId(), row.getSharePercent()))
            .toList();
    long id = consortium.id();
    if (act(
        "replacing",
        "partnership.panel.replaced",
        () -> consortia.replace(id, declined.supplierId(), form, caller()))) {
      replacement.setSupplierId(null);
      replacement.setWorkPackage(null);
      replacement.setSharePercent(null);
    }
  }

  public void dissolve() {
    if (consortium != null) {
      long id = consortium.id();
      long version = consortium.version();
      act(
          "dissolving",
          "partnership.panel.dissolved",
          () -> consortia.dissolve(id, version, caller()));
    }
  }

  private boolean act(String formId, String doneKey, Runnable change) {
    boolean done = false;
    try {
      change.run();
      FormMessages.info(doneKey, language.getLocale());
      done = true;
    } catch (ProblemException refused) {
      PanelMessages.show(refused, formId, language.getLocale());
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      FormMessages.show(
          ProblemException.of(ProblemType.STALE_VERSION), formId, language.getLocale());
    }
    refresh();
    return done;
  }

  public List<Long> completePartner(String query) {
    return labels.remember(partnerChoice.find(query, ownFirm()));
  }

  public String partnerLabel(Long id) {
    return labels.of(id);
  }

  /** The shares on the forming form added up, for the running total next to it. */
  public BigDecimal getShareTotal() {
    List<BigDecimal> written = new ArrayList<>();
    written.add(leadSharePercent);
    partners.forEach(row -> written.add(row.getSharePercent()));
    return Consortium.total(written.stream().filter(Objects::nonNull).toList());
  }

  /** The shares on the replacement form added up. */
  public BigDecimal getReplacementTotal() {
    List<BigDecimal> written = new ArrayList<>();
    written.add(replacement.getSharePercent());
    shares.forEach(row -> written.add(row.getSharePercent()));
    return Consortium.total(written.stream().filter(Objects::nonNull).toList());
  }

  /** The first firm that declined, which the lead may replace; null when none did. */
  public ConsortiumView.Member getDeclined() {
    return consortium == null
        ? null
        : consortium.members().stream()
            .filter(ConsortiumView.Member::isDeclined)
            .findFirst()
            .orElse(null);
  }

  public boolean isLead() {
    return consortium != null && consortium.isLedBy(ownFirm());
  }

  /** The firm's own answer still to give, in the inbox. */
  public boolean isAwaitingAnswer() {
    return consortium != null
        && consortium.memberFor(ownFirm()).map(ConsortiumView.Member::isPending).orElse(false);
  }

  private long ownFirm() {
    Organisation firm = currentUser.getOrganisation();
    if (firm == null) {
      throw ProblemException.of(ProblemType.UNAUTHENTICATED);
    }
    return firm.id();
  }

  private SignedInCaller caller() {
    return currentUser
        .account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  public ConsortiumView getConsortium() {
    return consortium;
  }

  public List<PartnerRow> getPartners() {
    return partners;
  }

  public boolean isMorePartnersAllowed() {
    return partners.size() < Consortium.PARTNERS_MAX;
  }

  public String getLeadWorkPackage() {
    return leadWorkPackage;
  }

  public void setLeadWorkPackage(String leadWorkPackage) {
    this.leadWorkPackage = leadWorkPackage;
  }

  public BigDecimal getLeadSharePercent() {
    return leadSharePercent;
  }

  public void setLeadSharePercent(BigDecimal leadSharePercent) {
    this.leadSharePercent = leadSharePercent;
  }

  public PartnerRow getReplacement() {
    return replacement;
  }

  public List<PartnerRow> getShares() {
    return shares;
  }
}
