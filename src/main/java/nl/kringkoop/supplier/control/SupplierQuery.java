package nl.kringkoop.supplier.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.identity.entity.OrganisationKind;

/**
 * The JPQL of a registry search, built from fixed fragments: every value a caller chose travels as
 * a named parameter, never as text in the query. Plain Java, so the shape of the query is testable
 * without a database.
 *
 * <p>Each capability filter is an {@code EXISTS} over the supplier's own rows of the collection
 * table ({@code supplier_cpv}, {@code supplier_r_strategy}, {@code supplier_certification}), so a
 * supplier is never counted twice and the database can use the code indexes. The CPV filter is a
 * {@code LIKE 'prefix%'} range on the code column plus an {@code IN} over the searched code's
 * broader codes (see {@link SupplierFilter.CpvTerm}).
 */
public final class SupplierQuery {

  /** The escape character for {@code LIKE}; not a backslash, which MySQL reads inside literals. */
  static final char ESCAPE = '!';

  private static final String PROFILES = " from SupplierProfile p";
  private static final String WITH_ORGANISATION = " from SupplierProfile p join p.organisation o";
  private static final String SIZE_RANK =
      "case when p.sizeClass = nl.kringkoop.supplier.entity.SizeClass.MICRO then 0"
          + " when p.sizeClass = nl.kringkoop.supplier.entity.SizeClass.SMALL then 1"
          + " when p.sizeClass = nl.kringkoop.supplier.entity.SizeClass.MEDIUM then 2"
          + " else 3 end";

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final SupplierSort sort;
  private boolean filtersOnOrganisation;

  private SupplierQuery(SupplierSort sort) {
    this.sort = sort;
  }

  /**
   * @param today the day on which certificates must still be valid
   */
  public static SupplierQuery of(SupplierFilter filter, SupplierSort sort, LocalDate today) {
    SupplierQuery query = new SupplierQuery(sort);
    query.filtersOnOrganisation =
        filter.nameContains() != null
            || !filter.municipalities().isEmpty()
            || !filter.regions().isEmpty()
            || !filter.provinces().isEmpty();
    query.cpv(filter.cpv());
    if (!filter.rStrategies().isEmpty()) {
      query.where(
          "exists (select r from SupplierProfile pr join pr.rStrategies r"
              + " where pr = p and r in :strategies)",
          "strategies",
          List.copyOf(filter.rStrategies()));
    }
    if (!filter.municipalities().isEmpty()) {
      query.where(
          "o.municipalityCode in :municipalities",
          "municipalities",
          List.copyOf(filter.municipalities()));
    }
    if (!filter.regions().isEmpty()) {
      query.where(
          "o.municipalityCode in (select mr.code from Municipality mr"
              + " where mr.region.code in :regions)",
          "regions",
          List.copyOf(filter.regions()));
    }
    if (!filter.provinces().isEmpty()) {
      query.where(
          "o.municipalityCode in (select mp.code from Municipality mp"
              + " where mp.region.province.code in :provinces)",
          "provinces",
          List.copyOf(filter.provinces()));
    }
    if (!filter.sizeClasses().isEmpty()) {
      query.where("p.sizeClass in :sizes", "sizes", List.copyOf(filter.sizeClasses()));
    }
    if (filter.socialEnterprise() != null) {
      query.where("p.socialEnterprise = :social", "social", filter.socialEnterprise());
    }
    if (!filter.certifications().isEmpty()) {
      query.where(
          "exists (select c.kind from SupplierProfile pc join pc.certifications c"
              + " where pc = p and c.kind in :certifications"
              + " and (c.expiresOn is null or c.expiresOn >= :today))",
          "certifications",
          List.copyOf(filter.certifications()));
      query.parameters.put("today", today);
    }
    if (filter.nameContains() != null) {
      query.where(
          "lower(o.name) like :name escape '" + ESCAPE + "'",
          "name",
          "%" + escapeLike(filter.nameContains().toLowerCase(Locale.ROOT)) + "%");
    }
    if (filter.verified() != null) {
      String allChecked =
          "(p.kvkVerified = true and (p.socialEnterprise = false or p.socialVerified = true))";
      query.conditions.add(filter.verified() ? allChecked : "not " + allChecked);
    }
    return query;
  }

  private void cpv(List<SupplierFilter.CpvTerm> terms) {
    if (terms.isEmpty()) {
      return;
    }
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      SupplierFilter.CpvTerm term = terms.get(i);
      alternatives.add("c like :cpvWithin" + i);
      parameters.put("cpvWithin" + i, term.prefix() + "%");
      if (!term.broader().isEmpty()) {
        alternatives.add("c in :cpvAbove" + i);
        parameters.put("cpvAbove" + i, term.broader());
      }
    }
    conditions.add(
        "exists (select c from SupplierProfile pv join pv.cpvCodes c where pv = p and ("
            + String.join(" or ", alternatives)
            + "))");
  }

  private void where(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
  }

  /** The number of matching suppliers. */
  public String countJpql() {
    return "select count(p)" + from(filtersOnOrganisation) + where(filtersOnOrganisation);
  }

  public Map<String, Object> countParameters() {
    return parameters(filtersOnOrganisation);
  }

  /**
   * The ids of matching suppliers in the chosen order. Ties are broken by id (by time of change:
   * newest id first when newest first, as MariaDB through Connector/J keeps whole seconds); sorting
   * by municipality breaks ties by name first. Sorting by name lists {@code o.kind} first so that
   * MySQL and MariaDB read {@code ix_organisation_kind (kind, name)} in order instead of sorting.
   */
  public String idJpql() {
    String direction = sort.ascending() ? " asc" : " desc";
    boolean joined = idQueryJoinsOrganisation();
    String select = "select p.id" + from(joined);
    return switch (sort.field()) {
      case NAME ->
          select
              + where(true)
              + " order by o.kind"
              + direction
              + ", o.name"
              + direction
              + ", o.id"
              + direction;
      case MUNICIPALITY ->
          "select p.id"
              + WITH_ORGANISATION
              + ", Municipality m"
              + where(true)
              + " and m.code = o.municipalityCode order by m.name"
              + direction
              + ", o.name, p.id";
      case SIZE_CLASS -> select + where(joined) + " order by " + SIZE_RANK + direction + ", p.id";
      case EMPLOYEES -> select + where(joined) + " order by p.employees" + direction + ", p.id";
      case UPDATED_AT ->
          select + where(joined) + " order by p.updatedAt" + direction + ", p.id" + direction;
    };
  }

  public Map<String, Object> idParameters() {
    return parameters(idQueryJoinsOrganisation());
  }

  private boolean idQueryJoinsOrganisation() {
    return filtersOnOrganisation
        || sort.field() == SupplierSort.Field.NAME
        || sort.field() == SupplierSort.Field.MUNICIPALITY;
  }

  private static String from(boolean joined) {
    return joined ? WITH_ORGANISATION : PROFILES;
  }

  private String where(boolean joined) {
    List<String> all = new ArrayList<>();
    if (joined) {
      all.add("o.kind = :kind");
    }
    all.addAll(conditions);
    return all.isEmpty() ? "" : " where " + String.join(" and ", all);
  }

  private Map<String, Object> parameters(boolean joined) {
    Map<String, Object> all = new LinkedHashMap<>(parameters);
    if (joined) {
      all.put("kind", OrganisationKind.SUPPLIER);
    }
    return Map.copyOf(all);
  }

  /** Makes {@code %}, {@code _} and the escape character match themselves. */
  static String escapeLike(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      if (ch == '%' || ch == '_' || ch == ESCAPE) {
        escaped.append(ESCAPE);
      }
      escaped.append(ch);
    }
    return escaped.toString();
  }
}
