package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.kringkoop.contract.entity.Locality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

  // The buyer: Utrecht (GM0344) in COROP region Utrecht (CR17), province Utrecht (PV26).
  private static final Place BUYER = new Place("GM0344", "CR17", "PV26");

  @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
  @CsvSource(
      nullValues = "-",
      value = {
        "GM0344, CR17, PV26, MUNICIPALITY",
        "GM0307, CR17, PV26, REGION",
        "GM0340, CR99, PV26, PROVINCE",
        "GM0363, CR23, PV27, ELSEWHERE",
        // A municipality the region tables do not know: only its own code can match.
        "GM0344, -, -, MUNICIPALITY",
        "GM9999, -, -, ELSEWHERE",
        // A firm without a location.
        "-, -, -, ELSEWHERE",
      })
  void classifiesTheRecipientFromTheBuyer(
      String municipality, String region, String province, Locality expected) {
    assertEquals(expected, new Place(municipality, region, province).seenFrom(BUYER));
  }

  @ParameterizedTest(name = "unknown buyer, recipient {0}")
  @CsvSource(
      nullValues = "-",
      value = {"GM0344, CR17, PV26", "-, -, -"})
  void nothingIsNearAnUnknownBuyer(String municipality, String region, String province) {
    assertEquals(
        Locality.ELSEWHERE, new Place(municipality, region, province).seenFrom(Place.UNKNOWN));
  }
}
