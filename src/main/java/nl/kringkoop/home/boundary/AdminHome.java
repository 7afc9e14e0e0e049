package nl.kringkoop.home.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.Organisations;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Start page of the platform administrator: what is registered, and the audit trail. */
@Named
@ViewScoped
public class AdminHome implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Accounts accounts;

  @Inject Organisations organisations;

  @Inject AuditLog auditLog;

  private long municipalities;
  private long suppliers;
  private long users;
  private AuditTrail auditTrail;

  @PostConstruct
  void load() {
    municipalities = organisations.count(OrganisationKind.MUNICIPALITY);
    suppliers = organisations.count(OrganisationKind.SUPPLIER);
    users = accounts.countUsers();
    auditTrail = new AuditTrail(auditLog);
  }

  public long getMunicipalities() {
    return municipalities;
  }

  public long getSuppliers() {
    return suppliers;
  }

  public long getUsers() {
    return users;
  }

  public AuditTrail getAuditTrail() {
    return auditTrail;
  }

  /** The audit trail, newest first, fetched one page at a time. */
  public static class AuditTrail extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PAGE = 100;
    private final AuditLog auditLog;

    AuditTrail(AuditLog auditLog) {
      this.auditLog = auditLog;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, auditLog.latest(new PageRequest(0, 1)).total());
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
      Page<AuditEntry> page = auditLog.latest(new PageRequest(first / size, size));
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.items();
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }
  }
}
