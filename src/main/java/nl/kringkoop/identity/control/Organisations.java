package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.region.entity.MunicipalityCode;

/** Counts of organisations by place, for start pages and overviews. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Organisations {

  @PersistenceContext EntityManager em;

  public long count(OrganisationKind kind) {
    return em.createQuery("select count(o) from Organisation o where o.kind = :kind", Long.class)
        .setParameter("kind", kind)
        .getSingleResult();
  }

  public long suppliersIn(MunicipalityCode municipality) {
    return em.createQuery(
            "select count(o) from Organisation o where o.kind = :kind and o.municipalityCode = :code",
            Long.class)
        .setParameter("kind", OrganisationKind.SUPPLIER)
        .setParameter("code", municipality.value())
        .getSingleResult();
  }

  /** Suppliers per municipality of a COROP region, busiest first. */
  public List<PlaceCount> suppliersPerMunicipality(String coropCode) {
    return em.createQuery(
            "select new nl.kringkoop.identity.control.Organisations.PlaceCount(m.code, m.name, count(o))"
                + " from Organisation o, Municipality m"
                + " where o.municipalityCode = m.code and o.kind = :kind and m.region.code = :region"
                + " group by m.code, m.name order by count(o) desc, m.name",
            PlaceCount.class)
        .setParameter("kind", OrganisationKind.SUPPLIER)
        .setParameter("region", coropCode)
        .getResultList();
  }

  /** A place and how many organisations are located there. */
  public record PlaceCount(String code, String name, long count) {}
}
