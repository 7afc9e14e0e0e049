package nl.kringkoop.tender.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.region.entity.MunicipalityCode;

/** A complete need of Nijmegen for tests that build tenders without the container. */
public final class TenderFixture {

  private TenderFixture() {}

  public static NeedDescription need(Instant entry, Instant offer) {
    return new NeedDescription(
        "Circulair buurthuis",
        "Hergebruik van bouwdelen",
        null,
        null,
        PurchaseKind.WORKS,
        new MunicipalityCode("GM0268"),
        new BigDecimal("180000"),
        null,
        null,
        40,
        List.of(new Criterion("Visie", 60)),
        null,
        Set.of(new CpvCode("45210000")),
        EnumSet.of(RStrategy.R3),
        List.of(),
        entry,
        null,
        null,
        offer,
        SupplierConditions.NONE);
  }
}
