package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.matching.engine.Place;

/**
 * Turns municipality codes into the engine's places: the number of the municipality, its COROP
 * region and its province, read from the region tables an administrator imports. A municipality
 * without region data is a place of its own, near nothing else.
 */
@ApplicationScoped
public class MarketPlaces {

  @PersistenceContext EntityManager em;

  private volatile Map<String, Place> places = Map.of();

  /** Reads the region tables again (at start and after a region import). */
  public void reload() {
    Map<String, Place> read = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.code, m.corop_code, r.province_code from municipality m"
                    + " join corop_region r on r.code = m.corop_code")
            .getResultList();
    for (Object[] row : rows) {
      String municipality = row[0].toString();
      read.put(
          municipality,
          new Place(number(municipality), number(row[1].toString()), number(row[2].toString())));
    }
    places = Map.copyOf(read);
  }

  public Place of(String municipalityCode) {
    if (municipalityCode == null) {
      return new Place(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE);
    }
    Place known = places.get(municipalityCode);
    if (known != null) {
      return known;
    }
    int own = number(municipalityCode);
    return new Place(own, -own - 1, -own - 1);
  }

  /** GM0268, CR15 and PV25 become 268, 15 and 25: each kind of code is compared only to its own. */
  static int number(String code) {
    String digits = code.replaceAll("\\D", "");
    return digits.isEmpty() ? code.hashCode() : Integer.parseInt(digits);
  }
}
