package nl.kringkoop.matching.engine;

/**
 * Where someone is, as numbers the control layer assigns to municipality, COROP region and province
 * codes; equal numbers mean the same place.
 */
public record Place(int municipality, int corop, int province) {

  /** How near another place is: 3 same municipality, 2 same COROP, 1 same province, 0 farther. */
  public int nearness(Place other) {
    if (municipality == other.municipality) {
      return 3;
    }
    if (corop == other.corop) {
      return 2;
    }
    return province == other.province ? 1 : 0;
  }
}
