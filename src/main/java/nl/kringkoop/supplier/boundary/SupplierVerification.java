package nl.kringkoop.supplier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.supplier.control.Suppliers;
import nl.kringkoop.supplier.control.VerificationChange;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The administrator's verification page: firms with unchecked claims, filtered by name, with one
 * click to record that the KVK registration or the social enterprise status has been checked.
 */
@Named
@ViewScoped
public class SupplierVerification implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Suppliers suppliers;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private String nameFilter;
  private Unverified firms;

  @PostConstruct
  void init() {
    firms = new Unverified(suppliers, this);
  }

  public void markKvkChecked(Row row) {
    record(row, new VerificationChange(true, row.socialChecked(), row.version()));
  }

  public void markSocialChecked(Row row) {
    record(row, new VerificationChange(row.kvkChecked(), true, row.version()));
  }

  private void record(Row row, VerificationChange change) {
    SignedInCaller admin =
        currentUser
            .account()
            .map(SignedInCaller::of)
            .filter(caller -> caller.hasRole(Role.ADMIN))
            .orElseThrow(() -> new SecurityException("Only administrators verify suppliers"));
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      suppliers.verify(row.id(), change, admin);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              Messages.get(language.getLocale(), "verification.saved", row.name()),
              null));
    } catch (ProblemException refused) {
      String text =
          refused.invalidFields().isEmpty()
              ? Messages.get(language.getLocale(), refused.detailKey(), refused.detailArgs())
              : Messages.get(
                  language.getLocale(),
                  refused.invalidFields().get(0).messageKey(),
                  refused.invalidFields().get(0).args());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  public String getNameFilter() {
    return nameFilter;
  }

  public void setNameFilter(String nameFilter) {
    this.nameFilter = nameFilter;
  }

  public LazyDataModel<Row> getFirms() {
    return firms;
  }

  /** One firm as the table shows it. */
  public record Row(
      long id,
      long version,
      String name,
      String kvkNumber,
      String municipality,
      boolean kvkChecked,
      boolean socialClaimed,
      boolean socialChecked)
      implements Serializable {

    static Row of(SupplierProfile profile) {
      return new Row(
          profile.id(),
          profile.version(),
          profile.organisation().name(),
          profile.organisation().kvkNumber().map(Object::toString).orElse(""),
          profile.organisation().location().map(Object::toString).orElse(""),
          profile.kvkVerified(),
          profile.socialEnterprise().claimed(),
          profile.socialVerified());
    }
  }

  /** Firms with unchecked claims, one page at a time, by name. */
  public static class Unverified extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 100;
    private final Suppliers suppliers;
    private final SupplierVerification page;

    Unverified(Suppliers suppliers, SupplierVerification page) {
      this.suppliers = suppliers;
      this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) suppliers.unverified(page.nameFilter, new PageRequest(0, 1)).total();
    }

    @Override
    public List<Row> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
      Page<SupplierProfile> found =
          suppliers.unverified(page.nameFilter, new PageRequest(first / size, size));
      setRowCount((int) Math.min(Integer.MAX_VALUE, found.total()));
      return found.items().stream().map(Row::of).toList();
    }

    @Override
    public String getRowKey(Row row) {
      return String.valueOf(row.id());
    }
  }
}
