package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.matching.engine.Reach;
import nl.kringkoop.matching.engine.SupplierFacts;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * Reads what matching needs of registered firms straight from the registry's tables, a few queries
 * for all firms at once rather than one entity graph per firm, so the index loads quickly at start.
 */
@ApplicationScoped
public class SupplierFactsQuery {

  private static final String ACTIVE_FIRMS =
      " from supplier_profile p join organisation o on o.id = p.organisation_id"
          + " where o.removed_at is null";

  @PersistenceContext EntityManager em;

  @Inject MarketPlaces places;

  @Inject Clock clock;

  public List<SupplierFacts> all() {
    return read(null);
  }

  public Optional<SupplierFacts> one(long organisationId) {
    return read(organisationId).stream().findFirst();
  }

  private List<SupplierFacts> read(Long only) {
    Map<Long, Profile> profiles = profiles(only);
    if (profiles.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Integer>> codes = codes("supplier_cpv", "cpv_code", only);
    Map<Long, List<Integer>> references = codes("supplier_reference", "cpv_code", only);
    Map<Long, Integer> strategies = strategies(only);
    Map<Long, Integer> certificates = certificates(only);
    List<SupplierFacts> facts = new ArrayList<>(profiles.size());
    for (Profile profile : profiles.values()) {
      facts.add(
          profile.facts(
              codes.getOrDefault(profile.id, List.of()),
              strategies.getOrDefault(profile.id, 0),
              certificates.getOrDefault(profile.id, 0),
              references.getOrDefault(profile.id, List.of())));
    }
    return facts;
  }

  private Map<Long, Profile> profiles(Long only) {
    Map<Long, Profile> profiles = new LinkedHashMap<>();
    for (Object[] row :
        rows(
            "select o.id, o.municipality_code, p.service_area, p.max_contract_value,"
                + " p.annual_turnover, p.size_class, p.social_enterprise, p.pso_level,"
                + " p.target_group_percent, p.kvk_verified, p.social_verified"
                + ACTIVE_FIRMS,
            "o.id",
            only)) {
      Profile profile = new Profile(row);
      profiles.put(profile.id, profile);
    }
    return profiles;
  }

  private Map<Long, List<Integer>> codes(String table, String column, Long only) {
    Map<Long, List<Integer>> codes = new HashMap<>();
    for (Object[] row :
        rows(
            "select c.organisation_id, c."
                + column
                + " from "
                + table
                + " c join organisation o on o.id = c.organisation_id"
                + " where o.removed_at is null and c."
                + column
                + " is not null",
            "c.organisation_id",
            only)) {
      codes
          .computeIfAbsent(id(row[0]), k -> new ArrayList<>())
          .add(Integer.parseInt(row[1].toString().strip()));
    }
    return codes;
  }

  private Map<Long, Integer> strategies(Long only) {
    Map<Long, Integer> masks = new HashMap<>();
    for (Object[] row :
        rows(
            "select s.organisation_id, s.r_strategy from supplier_r_strategy s",
            "s.organisation_id",
            only)) {
      int bit = EnumBits.of(RStrategy.valueOf(row[1].toString()));
      masks.merge(id(row[0]), bit, (a, b) -> a | b);
    }
    return masks;
  }

  private Map<Long, Integer> certificates(Long only) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, Integer> masks = new HashMap<>();
    for (Object[] row :
        rows(
            "select c.organisation_id, c.kind, c.expires_on from supplier_certification c",
            "c.organisation_id",
            only)) {
      boolean valid = row[2] == null || !asDate(row[2]).isBefore(today);
      if (valid) {
        int bit = EnumBits.of(CertificationKind.valueOf(row[1].toString()));
        masks.merge(id(row[0]), bit, (a, b) -> a | b);
      }
    }
    return masks;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, String idColumn, Long only) {
    boolean hasWhere = sql.contains(" where ");
    Query query =
        em.createNativeQuery(
            only == null ? sql : sql + (hasWhere ? " and " : " where ") + idColumn + " = ?");
    if (only != null) {
      query.setParameter(1, only);
    }
    return query.getResultList();
  }

  private static long id(Object value) {
    return ((Number) value).longValue();
  }

  private static LocalDate asDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }

  private static long euros(Object value) {
    return value == null ? 0 : ((BigDecimal) value).longValue();
  }

  private static boolean flag(Object value) {
    return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
  }

  /** One row of the profile query, until its codes are known. */
  private final class Profile {
    private final long id;
    private final Object[] row;

    Profile(Object[] row) {
      this.id = id(row[0]);
      this.row = row;
    }

    SupplierFacts facts(
        List<Integer> cpvCodes, int strategies, int certificates, List<Integer> referenceCodes) {
      return new SupplierFacts(
          id,
          cpvCodes.stream().mapToInt(Integer::intValue).toArray(),
          strategies,
          places.of(row[1] == null ? null : row[1].toString()),
          Reach.valueOf(row[2].toString()),
          euros(row[3]),
          euros(row[4]),
          SizeClass.valueOf(row[5].toString()).ordinal(),
          flag(row[6]),
          row[7] == null ? 0 : PsoLevel.valueOf(row[7].toString()).ordinal() + 1,
          row[8] == null ? 0 : ((BigDecimal) row[8]).intValue(),
          certificates,
          referenceCodes.stream().mapToInt(Integer::intValue).toArray(),
          flag(row[9]),
          flag(row[10]));
    }
  }
}
