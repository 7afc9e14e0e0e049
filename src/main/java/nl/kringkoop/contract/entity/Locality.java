package nl.kringkoop.contract.entity;

/**
 * Where the firm that earned a euro is based, seen from the buyer: its own municipality, another
 * municipality of its COROP region, of its province, or elsewhere (or unknown). Local spend is the
 * first two.
 */
public enum Locality {
  MUNICIPALITY,
  REGION,
  PROVINCE,
  ELSEWHERE;

  public boolean isLocal() {
    return this == MUNICIPALITY || this == REGION;
  }
}
