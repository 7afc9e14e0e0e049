package nl.kringkoop.supplier.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.supplier.control.SupplierFilter;
import nl.kringkoop.supplier.control.SupplierFinder;
import nl.kringkoop.supplier.control.SupplierSort;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The search results table: counts and loads one page at a time from the database, in the order of
 * the column the officer sorted on (by name when none).
 */
public class SupplierResults extends LazyDataModel<SupplierResults.Row> {

  private static final long serialVersionUID = 1L;
  private static final int MAX_PAGE = 100;

  private final SupplierFinder finder;
  private final boolean withContact;
  private SupplierFilter filter;
  private SupplierSort sort = SupplierSort.DEFAULT;

  SupplierResults(SupplierFinder finder, SupplierFilter filter, boolean withContact) {
    this.finder = finder;
    this.filter = filter;
    this.withContact = withContact;
  }

  void filterBy(SupplierFilter filter) {
    this.filter = filter;
  }

  SupplierFilter filter() {
    return filter;
  }

  SupplierSort sort() {
    return sort;
  }

  boolean withContact() {
    return withContact;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, finder.count(filter));
  }

  @Override
  public List<Row> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    sort = sortOf(sortBy);
    int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
    Map<String, String> places = finder.municipalityNames();
    return finder.items(filter, sort, new PageRequest(first / size, size)).stream()
        .map(profile -> Row.of(profile, places, withContact))
        .toList();
  }

  @Override
  public String getRowKey(Row row) {
    return String.valueOf(row.id());
  }

  private static SupplierSort sortOf(Map<String, SortMeta> sortBy) {
    if (sortBy == null) {
      return SupplierSort.DEFAULT;
    }
    return sortBy.values().stream()
        .filter(meta -> meta.getOrder() != null && meta.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .flatMap(
            meta ->
                SupplierSort.Field.of(meta.getField())
                    .map(field -> new SupplierSort(field, meta.getOrder() == SortOrder.ASCENDING)))
        .orElse(SupplierSort.DEFAULT);
  }

  /** One supplier as a table row; contact only for officers and administrators. */
  public record Row(
      long id,
      String name,
      String kvkNumber,
      String municipality,
      String sizeClass,
      int employees,
      boolean socialEnterprise,
      String psoLevel,
      String cpvCodes,
      String rStrategies,
      boolean kvkChecked,
      boolean socialChecked,
      Instant updatedAt,
      String email,
      String phone)
      implements Serializable {

    static Row of(SupplierProfile profile, Map<String, String> places, boolean withContact) {
      var social = profile.socialEnterprise();
      String code = profile.organisation().location().map(Object::toString).orElse("");
      return new Row(
          profile.id(),
          profile.organisation().name(),
          profile.organisation().kvkNumber().map(Object::toString).orElse(""),
          places.getOrDefault(code, code),
          profile.sizeClass().name(),
          profile.employees(),
          social.claimed(),
          social.psoLevel() == null ? null : social.psoLevel().code(),
          String.join(", ", profile.cpvCodes().stream().map(CpvCode::digits).toList()),
          String.join(", ", profile.rStrategies().stream().map(RStrategy::name).toList()),
          profile.kvkVerified(),
          profile.socialVerified(),
          profile.updatedAt(),
          withContact ? profile.contact().email() : null,
          withContact ? profile.contact().phone() : null);
    }
  }
}
