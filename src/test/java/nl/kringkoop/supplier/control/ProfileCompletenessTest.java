package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.ProjectReference;
import nl.kringkoop.supplier.entity.ServiceArea;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.junit.jupiter.api.Test;

class ProfileCompletenessTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  @Test
  void aBareRegistrationScoresNothingAndGetsEveryHint() {
    var result = ProfileCompleteness.of(bare(), TODAY);

    assertEquals(0, result.percent());
    assertEquals(8, result.hints().size());
    assertEquals("completeness.cpv", result.hints().get(0), "the most useful hint first");
  }

  @Test
  void eachPartAddsItsWeightUpToAHundred() {
    SupplierProfile profile = bare();
    profile.changeCapabilities(
        Set.of(new CpvCode("45210000")),
        EnumSet.of(RStrategy.R4),
        ServiceArea.REGION,
        "x".repeat(ProfileCompleteness.DESCRIPTION_MIN),
        NOW);
    assertEquals(55, ProfileCompleteness.of(profile, TODAY).percent());

    profile.replaceReferences(
        List.of(new ProjectReference("Gemeente Wijchen", 2025, null, null, "hergebruik")), NOW);
    profile.replaceCertifications(
        List.of(new Certification(CertificationKind.ISO_14001, null, null, TODAY)), NOW);
    profile.changeCapacity(new BigDecimal("100000"), null, null, NOW);
    profile.changeContact(
        new SupplierProfile.Contact(
            "An", "an@firm.example", "024-1234567", "Straat 1", "6511AB", "Nijmegen"),
        NOW);
    profile.verify(true, false, NOW);

    var complete = ProfileCompleteness.of(profile, TODAY);
    assertEquals(100, complete.percent());
    assertTrue(complete.hints().isEmpty());
  }

  @Test
  void anExpiredCertificateOrAShortDescriptionDoesNotCount() {
    SupplierProfile profile = bare();
    profile.replaceCertifications(
        List.of(new Certification(CertificationKind.ISO_14001, null, null, TODAY.minusDays(1))),
        NOW);
    profile.changeCapabilities(Set.of(), Set.of(), ServiceArea.REGION, "Kort.", NOW);

    var result = ProfileCompleteness.of(profile, TODAY);

    assertEquals(0, result.percent());
    assertTrue(result.hints().contains("completeness.certifications"));
    assertTrue(result.hints().contains("completeness.description"));
    assertFalse(result.hints().isEmpty());
  }

  private static SupplierProfile bare() {
    Organisation firm =
        Organisation.supplier(
            new KvkNumber("87654321"), "Waal Hergebruik", new MunicipalityCode("GM0268"), NOW);
    return new SupplierProfile(
        firm,
        new SupplierProfile.Contact("An", "an@firm.example", null, null, null, null),
        new SupplierProfile.Size(3, new BigDecimal("200000")),
        NOW);
  }
}
