package nl.kringkoop.region.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.region.entity.Province;

/** Entry point of the region component: municipalities and the regions they lie in. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Regions {

  @PersistenceContext EntityManager em;

  /** Every known municipality by name, for choosing one in a form. */
  public List<Municipality> municipalities() {
    return em.createQuery("select m from Municipality m order by m.name", Municipality.class)
        .getResultList();
  }

  public Optional<Municipality> municipality(MunicipalityCode code) {
    return Optional.ofNullable(em.find(Municipality.class, code.value()));
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
