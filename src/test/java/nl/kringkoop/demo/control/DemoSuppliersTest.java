package nl.kringkoop.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.region.entity.Province;
import org.junit.jupiter.api.Test;

class DemoSuppliersTest {

  private final Province gelderland = new Province("PV25", "Gelderland");
  private final CoropRegion home = new CoropRegion("CR15", "Arnhem/Nijmegen", gelderland);
  private final CoropRegion veluwe = new CoropRegion("CR13", "Veluwe", gelderland);
  private final List<Municipality> municipalities =
      List.of(
          new Municipality(new MunicipalityCode("GM0268"), "Nijmegen", home),
          new Municipality(new MunicipalityCode("GM0202"), "Arnhem", home),
          new Municipality(new MunicipalityCode("GM0228"), "Ede", veluwe));

  @Test
  void generatesTwoHundredDistinctFirms() {
    var firms = DemoSuppliers.generate(municipalities);
    assertEquals(200, firms.size());
    assertEquals(200, firms.stream().map(DemoSuppliers.Firm::kvkNumber).distinct().count());
    assertEquals(200, firms.stream().map(DemoSuppliers.Firm::name).distinct().count());
  }

  @Test
  void mostFirmsAreLocalToTheDemoRegion() {
    Set<MunicipalityCode> homeCodes =
        Set.of(new MunicipalityCode("GM0268"), new MunicipalityCode("GM0202"));
    long local =
        DemoSuppliers.generate(municipalities).stream()
            .filter(f -> homeCodes.contains(f.location()))
            .count();
    assertTrue(local > 120 && local < 170, "about 70% local, was " + local);
  }

  @Test
  void theDatasetIsTheSameOnEveryStart() {
    assertEquals(
        DemoSuppliers.generate(municipalities).stream()
            .map(Object::toString)
            .collect(Collectors.toList()),
        DemoSuppliers.generate(municipalities).stream()
            .map(Object::toString)
            .collect(Collectors.toList()));
  }
}
