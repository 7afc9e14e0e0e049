package nl.kringkoop.contract.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.kringkoop.contract.control.Spend;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A contract's invoices one page at a time, latest first, as the caller may see them. */
public class InvoiceRows extends LazyDataModel<InvoiceView> {

  private static final long serialVersionUID = 1L;
  private static final int MAX_PAGE = 100;

  private final Spend spend;
  private final long contractId;
  private final SignedInCaller caller;

  InvoiceRows(Spend spend, long contractId, SignedInCaller caller) {
    this.spend = spend;
    this.contractId = contractId;
    this.caller = caller;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long total = spend.invoices(contractId, new PageRequest(0, 1), caller).total();
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  @Override
  public List<InvoiceView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    LocalDate today = spend.today();
    return spend.invoices(contractId, new PageRequest(first / size, size), caller).items().stream()
        .map(record -> InvoiceView.from(record, today))
        .toList();
  }

  @Override
  public String getRowKey(InvoiceView row) {
    return String.valueOf(row.id());
  }
}
