package nl.kringkoop.tender.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.tender.control.TenderFinder;
import nl.kringkoop.tender.entity.Tender;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The municipality's tenders, one page at a time, newest change first. */
public class TenderRows extends LazyDataModel<TenderRows.Row> {

  private static final long serialVersionUID = 1L;
  private static final int MAX_PAGE = 100;

  private final TenderFinder finder;
  private final SignedInCaller caller;
  private TenderFinder.Filter filter;

  TenderRows(TenderFinder finder, SignedInCaller caller, TenderFinder.Filter filter) {
    this.finder = finder;
    this.caller = caller;
    this.filter = filter;
  }

  void filterBy(TenderFinder.Filter filter) {
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int)
        Math.min(Integer.MAX_VALUE, finder.find(filter, caller, new PageRequest(0, 1)).total());
  }

  @Override
  public List<Row> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    return finder.find(filter, caller, new PageRequest(first / size, size)).items().stream()
        .map(Row::of)
        .toList();
  }

  @Override
  public String getRowKey(Row row) {
    return String.valueOf(row.id());
  }

  /** One line of the list. */
  public record Row(
      long id,
      String title,
      String status,
      Instant entryDeadline,
      Instant offerDeadline,
      Instant updatedAt)
      implements java.io.Serializable {

    static Row of(Tender tender) {
      return new Row(
          tender.id(),
          tender.title(),
          tender.status().name(),
          tender.entryDeadline().orElse(null),
          tender.offerDeadline().orElse(null),
          tender.updatedAt());
    }
  }
}
