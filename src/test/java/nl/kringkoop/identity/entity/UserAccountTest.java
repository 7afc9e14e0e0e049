package nl.kringkoop.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import nl.kringkoop.region.entity.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserAccountTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private final Organisation nijmegen =
      Organisation.municipality(new MunicipalityCode("GM0268"), "Gemeente Nijmegen", NOW);
  private final Organisation firm =
      Organisation.supplier(
          new KvkNumber("12345678"), "Waal Bouw B.V.", new MunicipalityCode("GM0268"), NOW);

  @ParameterizedTest
  @CsvSource({
    "OFFICER,MUNICIPALITY,true", "ANALYST,MUNICIPALITY,true", "SUPPLIER,MUNICIPALITY,false",
    "ADMIN,MUNICIPALITY,false", "SUPPLIER,SUPPLIER,true", "OFFICER,SUPPLIER,false",
    "ADMIN,PLATFORM,true", "OFFICER,PLATFORM,false"
  })
  void aRoleBelongsToOneKindOfOrganisation(Role role, OrganisationKind kind, boolean fits) {
    assertEquals(fits, role.fits(kind));
  }

  @Test
  void aSupplierCannotBeMadeAnOfficer() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new UserAccount(
                "x", "X", "x@example.org", "hash", firm, EnumSet.of(Role.OFFICER), NOW));
  }

  @Test
  void aUserNeedsARole() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new UserAccount("x", "X", "x@example.org", "hash", nijmegen, Set.of(), NOW));
  }

  @Test
  void userNamesAreCaseInsensitive() {
    UserAccount user =
        new UserAccount(
            " Officer ", "O", "o@example.org", "hash", nijmegen, EnumSet.of(Role.OFFICER), NOW);
    assertEquals("officer", user.username());
    assertEquals("officer", UserAccount.normalise("OFFICER"));
  }

  @Test
  void organisationsAreKnownByTheirPublicCode() {
    assertEquals("GM0268", nijmegen.code().orElseThrow());
    assertEquals("12345678", firm.code().orElseThrow());
    assertEquals(true, Organisation.platform("Beheer", NOW).code().isEmpty());
  }
}
