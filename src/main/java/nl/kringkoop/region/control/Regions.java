package nl.kringkoop.region.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;

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
}
