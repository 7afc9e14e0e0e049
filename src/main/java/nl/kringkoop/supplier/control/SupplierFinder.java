package nl.kringkoop.supplier.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * Finds suppliers for officers: a page of matches with the total, or every match in order for an
 * export. Two steps each time: the ids of the matches (one indexed query, see {@link
 * SupplierQuery}), then the profiles of those ids with their codes, strategies and certificates
 * fetched in batches rather than one query per supplier.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SupplierFinder {

  /** How many profiles an export loads and writes at a time. */
  static final int CHUNK = 500;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject CpvCatalogue cpv;

  @Inject Regions regions;

  /** Checks the query parameters of a search against the CPV list and the known places. */
  public SupplierSearchRules.Outcome check(Map<String, List<String>> parameters) {
    return new SupplierSearchRules(
            cpv::resolve,
            code -> regions.municipality(code).isPresent(),
            code -> regions.region(code).isPresent(),
            code -> regions.province(code).isPresent())
        .check(parameters);
  }

  /** Municipality names by CBS code, for showing search results. */
  public Map<String, String> municipalityNames() {
    Map<String, String> names = new HashMap<>();
    for (Municipality municipality : regions.municipalities()) {
      names.put(municipality.code().value(), municipality.name());
    }
    return names;
  }

  public Page<SupplierProfile> find(SupplierFilter filter, SupplierSort sort, PageRequest page) {
    SupplierQuery query = SupplierQuery.of(filter, sort, today());
    long total = count(query);
    if (total <= page.firstResult()) {
      return new Page<>(List.of(), total);
    }
    return new Page<>(items(query, page), total);
  }

  /** One page of matches without counting them all (for tables that count separately). */
  public List<SupplierProfile> items(SupplierFilter filter, SupplierSort sort, PageRequest page) {
    return items(SupplierQuery.of(filter, sort, today()), page);
  }

  private List<SupplierProfile> items(SupplierQuery query, PageRequest page) {
    List<Long> ids =
        bind(em.createQuery(query.idJpql(), Long.class), query.idParameters())
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return profiles(ids);
  }

  public long count(SupplierFilter filter) {
    return count(SupplierQuery.of(filter, SupplierSort.DEFAULT, today()));
  }

  /**
   * Hands every match to {@code chunk}, in order, {@link #CHUNK} profiles at a time. Only the ids
   * of all matches are held at once; outside a transaction each chunk's profiles are detached and
   * can be forgotten once written.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public void forEachChunk(
      SupplierFilter filter, SupplierSort sort, Consumer<List<SupplierProfile>> chunk) {
    SupplierQuery query = SupplierQuery.of(filter, sort, today());
    List<Long> ids =
        bind(em.createQuery(query.idJpql(), Long.class), query.idParameters()).getResultList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      chunk.accept(profiles(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
    }
  }

  private long count(SupplierQuery query) {
    return bind(em.createQuery(query.countJpql(), Long.class), query.countParameters())
        .getSingleResult();
  }

  /** The profiles of {@code ids} in the same order, with their collections read in batches. */
  private List<SupplierProfile> profiles(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<SupplierProfile> found =
        em.createQuery(
                "select p from SupplierProfile p join fetch p.organisation where p.id in :ids",
                SupplierProfile.class)
            .setParameter("ids", ids)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "p.cpvCodes")
            .setHint("eclipselink.batch", "p.rStrategies")
            .setHint("eclipselink.batch", "p.certifications")
            .setHint("eclipselink.batch.size", CHUNK)
            .getResultList();
    Map<Long, SupplierProfile> byId = new HashMap<>();
    found.forEach(profile -> byId.put(profile.id(), profile));
    List<SupplierProfile> ordered = new ArrayList<>(ids.size());
    for (Long id : ids) {
      SupplierProfile profile = byId.get(id);
      if (profile != null) {
        ordered.add(profile);
      }
    }
    return ordered;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> typed, Map<String, Object> parameters) {
    parameters.forEach(typed::setParameter);
    return typed;
  }

  /** The day on which certificates must be valid to count, in the platform's time zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ClockProducer.DISPLAY_ZONE);
  }
}
