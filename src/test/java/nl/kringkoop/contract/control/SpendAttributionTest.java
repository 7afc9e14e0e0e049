package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import nl.kringkoop.contract.control.SpendAttribution.Recipient;
import nl.kringkoop.contract.control.SpendAttribution.Recipients;
import nl.kringkoop.contract.entity.Locality;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.SizeClass;
import org.junit.jupiter.api.Test;

class SpendAttributionTest {

  private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void eachPartCarriesItsFirmsFactsInTheContractsOrder() {
    Organisation social = firm("12345678", "GM0268");
    Organisation elsewhere = firm("87654321", "GM0363");
    Recipients recipients =
        new Recipients(
            List.of(
                new Recipient(
                    social,
                    new BigDecimal("60.00"),
                    Locality.MUNICIPALITY,
                    "CR15",
                    SizeClass.LARGE,
                    true),
                new Recipient(
                    elsewhere,
                    new BigDecimal("40.00"),
                    Locality.ELSEWHERE,
                    "CR23",
                    SizeClass.MEDIUM,
                    false)));

    List<SpendShare.Part> parts = recipients.parts(new BigDecimal("333.33"));

    assertEquals(
        List.of(
            new SpendShare.Part(
                social,
                new BigDecimal("200.00"),
                Locality.MUNICIPALITY,
                "CR15",
                SizeClass.LARGE,
                true),
            new SpendShare.Part(
                elsewhere,
                new BigDecimal("133.33"),
                Locality.ELSEWHERE,
                "CR23",
                SizeClass.MEDIUM,
                false)),
        parts);
  }

  private static Organisation firm(String kvk, String municipality) {
    return Organisation.supplier(
        KvkNumber.parse(kvk), "Firma " + kvk, new MunicipalityCode(municipality), NOW);
  }
}
