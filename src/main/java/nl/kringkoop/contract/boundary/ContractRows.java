package nl.kringkoop.contract.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.ContractFinder.Ordering;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.paging.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The contracts the caller may see, one page at a time, in the order of the column clicked (the
 * column's sort field is a {@link ContractFinder.Sort} name); newest signature first otherwise.
 */
public class ContractRows extends LazyDataModel<ContractView> {

  private static final long serialVersionUID = 1L;
  private static final int MAX_PAGE = 100;

  private final ContractFinder finder;
  private final SignedInCaller caller;
  private final Contracts contracts;

  ContractRows(ContractFinder finder, Contracts contracts, SignedInCaller caller) {
    this.finder = finder;
    this.contracts = contracts;
    this.caller = caller;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long total = finder.find(caller, Ordering.NEWEST, new PageRequest(0, 1)).total();
    return (int) Math.min(Integer.MAX_VALUE, total);
  }

  @Override
  public List<ContractView> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    LocalDate day = contracts.today();
    return finder
        .find(caller, ordering(sortBy), new PageRequest(first / size, size))
        .items()
        .stream()
        .map(c -> ContractView.of(c, day))
        .toList();
  }

  private static Ordering ordering(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return Ordering.NEWEST;
    }
    SortMeta meta = sortBy.values().iterator().next();
    String field = meta.getField() == null ? "" : meta.getField().toUpperCase(Locale.ROOT);
    try {
      return new Ordering(
          ContractFinder.Sort.valueOf(field), meta.getOrder() == SortOrder.DESCENDING);
    } catch (IllegalArgumentException unknown) {
      return Ordering.NEWEST;
    }
  }

  @Override
  public String getRowKey(ContractView row) {
    return String.valueOf(row.id());
  }
}
