package nl.kringkoop.region.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReport;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.region.entity.Province;

/** Entry point of the region component: municipalities and the regions they lie in. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Regions {

  @PersistenceContext EntityManager em;

  @Inject AuditLog audit;

  /** Every known municipality by name, for choosing one in a form. */
  public List<Municipality> municipalities() {
    return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
        .getResultList();
  }

  /**
   * The codes of every known municipality. In a transaction of its own: a background job (the
   * supplier import) calls it outside any request, where the container's non-transactional entity
   * manager may already be closed by the request that started the job.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Set<MunicipalityCode> municipalityCodes() {
    return em.createQuery("select m.code from Municipality m", String.class)
        .getResultStream()
        .map(MunicipalityCode::new)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  public Optional<Municipality> municipality(MunicipalityCode code) {
    return Optional.ofNullable(em.find(Municipality.class, code.value()));
  }

  /**
   * Adds or updates the provinces, COROP regions and municipalities of checked rows in one
   * transaction. Nothing is deleted: a municipality missing from the list (merged away) stays,
   * because organisations and history may refer to it.
   */
  @Transactional
  public ImportReport.Tally store(
      List<RegionRules.Accepted> rows,
      int rejected,
      SignedInCaller admin,
      ImportProgress progress) {
    Map<String, Province> provinces = all(Province.class, Province::code);
    Map<String, CoropRegion> corops = all(CoropRegion.class, CoropRegion::code);
    Map<String, Municipality> municipalities =
        all(Municipality.class, municipality -> municipality.code().value());
    Set<String> changedAbove = new TreeSet<>();
    ImportReport.Tally tally = new ImportReport.Tally();
    int done = 0;
    for (RegionRules.Accepted row : rows) {
      Province province = provinces.get(row.provinceCode());
      if (province == null) {
        province = persist(new Province(row.provinceCode(), row.provinceName()));
        provinces.put(province.code(), province);
        changedAbove.add(province.code());
      } else if (province.rename(row.provinceName())) {
        changedAbove.add(province.code());
      }
      CoropRegion corop = corops.get(row.coropCode());
      if (corop == null) {
        corop = persist(new CoropRegion(row.coropCode(), row.coropName(), province));
        corops.put(corop.code(), corop);
        changedAbove.add(corop.code());
      } else if (corop.change(row.coropName(), province)) {
        changedAbove.add(corop.code());
      }
      Municipality municipality = municipalities.get(row.municipalityCode().value());
      if (municipality == null) {
        persist(new Municipality(row.municipalityCode(), row.municipalityName(), corop));
        tally.created();
      } else if (municipality.change(row.municipalityName(), corop)) {
        tally.updated();
      } else {
        tally.unchanged();
      }
      progress.advanced(++done, rows.size());
    }
    em.flush();
    audit.record(
        AuditEvent.of(admin.username(), admin.organisationId(), "REGIONS_IMPORTED")
            .about("municipality", "list")
            .withDetail(
                tally.report(List.of()).summary()
                    + ", rejected "
                    + rejected
                    + "; provinces and COROP regions added or changed: "
                    + (changedAbove.isEmpty() ? "none" : String.join(" ", changedAbove))));
    return tally;
  }

  private <T> Map<String, T> all(Class<T> type, java.util.function.Function<T, String> key) {
    Map<String, T> byCode = new HashMap<>();
    em.createQuery("select e from " + type.getSimpleName() + " e", type)
        .getResultStream()
        .forEach(entity -> byCode.put(key.apply(entity), entity));
    return byCode;
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  /** Every known COROP region by name, for choosing one in a form. */
  public List<CoropRegion> regions() {
    return em.createQuery("select r from CoropRegion r order by r.name", CoropRegion.class)
        .getResultList();
  }

  public Optional<CoropRegion> region(String code) {
    return Optional.ofNullable(em.find(CoropRegion.class, code));
  }

  /** Every known province by name, for choosing one in a form. */
  public List<Province> provinces() {
    return em.createQuery("select p from Province p order by p.name", Province.class)
        .getResultList();
  }

  public Optional<Province> province(String code) {
    return Optional.ofNullable(em.find(Province.class, code));
  }
}
