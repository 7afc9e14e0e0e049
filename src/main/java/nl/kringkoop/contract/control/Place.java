package nl.kringkoop.contract.control;

import java.util.Objects;
import nl.kringkoop.contract.entity.Locality;

/**
 * Where an organisation is based: its municipality (CBS code), that municipality's COROP region and
 * province. Any of them may be unknown (a firm without a location, a municipality missing from the
 * region tables); what is unknown never counts as near.
 */
public record Place(String municipality, String region, String province) {

  public static final Place UNKNOWN = new Place(null, null, null);

  /** How near this place is to the buyer's: same municipality, COROP region, province, or not. */
  public Locality seenFrom(Place buyer) {
    if (same(municipality, buyer.municipality)) {
      return Locality.MUNICIPALITY;
    }
    if (same(region, buyer.region)) {
      return Locality.REGION;
    }
    if (same(province, buyer.province)) {
      return Locality.PROVINCE;
    }
    return Locality.ELSEWHERE;
  }

  private static boolean same(String mine, String theirs) {
    return mine != null && Objects.equals(mine, theirs);
  }
}
