package nl.kringkoop.partnership.entity;

import java.time.Instant;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.entity.MunicipalityCode;

/** Supplier organisations for tests without a database, with the id the database would give. */
public final class Firms {

  private Firms() {}

  public static Organisation withId(long id, String name) {
    Organisation firm =
        Organisation.supplier(
            new KvkNumber(String.format("8%07d", id)),
            name,
            new MunicipalityCode("GM0268"),
            Instant.parse("2027-03-01T09:00:00Z"));
    try {
      var field = Organisation.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(firm, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return firm;
  }
}
