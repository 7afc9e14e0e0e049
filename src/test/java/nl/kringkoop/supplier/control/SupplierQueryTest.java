package nl.kringkoop.supplier.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.supplier.entity.CertificationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SupplierQueryTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  @ParameterizedTest(name = "{0}: within {1}, above {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "45000000|45|''",
        "45200000|452|45000000",
        "45210000|4521|45000000 45200000",
        "45213100|452131|45000000 45200000 45210000 45213000",
        "03111000|03111|03000000 03100000 03110000",
        "45010000|4501|45000000"
      })
  void aSearchedCodeReachesDownByPrefixAndUpToTheCodesThatCoverIt(
      String code, String prefix, String broader) {
    SupplierFilter.CpvTerm term = SupplierFilter.CpvTerm.of(new CpvCode(code));

    assertEquals(prefix, term.prefix());
    assertEquals(broader.isEmpty() ? List.of() : List.of(broader.split(" ")), term.broader());
    for (String above : term.broader()) {
      assertTrue(new CpvCode(above).covers(new CpvCode(code)), above + " covers " + code);
    }
  }

  @Test
  void callerTextTravelsAsParametersNeverAsQueryText() {
    String sneaky = "x' or '1'='1";
    SupplierFilter filter =
        new SupplierFilter(
            List.of(SupplierFilter.CpvTerm.of(new CpvCode("45210000"))),
            Set.of(),
            Set.of("GM0268"),
            Set.of("CR15"),
            Set.of(),
            Set.of(),
            true,
            Set.of(CertificationKind.ISO_14001),
            sneaky,
            true);

    SupplierQuery query = SupplierQuery.of(filter, SupplierSort.DEFAULT, TODAY);

    assertFalse(query.countJpql().contains(sneaky));
    assertFalse(query.idJpql().contains("GM0268"));
    assertFalse(query.idJpql().contains("4521"));
    assertEquals("%x' or '1'='1%", query.countParameters().get("name"));
    assertEquals("4521%", query.countParameters().get("cpvWithin0"));
    assertEquals(List.of("45000000", "45200000"), query.countParameters().get("cpvAbove0"));
    assertEquals(TODAY, query.countParameters().get("today"));
    assertTrue(query.countJpql().contains("exists (select c from SupplierProfile pv"));
  }

  @Test
  void likeWildcardsInANameMatchThemselves() {
    assertEquals("100!% !_eco!!", SupplierQuery.escapeLike("100% _eco!"));
  }

  @Test
  void everySortEndsWithTheIdSoPagesDoNotOverlap() {
    for (SupplierSort.Field field : SupplierSort.Field.values()) {
      String jpql =
          SupplierQuery.of(SupplierFilter.everything(), new SupplierSort(field, false), TODAY)
              .idJpql();
      assertTrue(
          jpql.endsWith(", p.id") || jpql.endsWith(", p.id desc") || jpql.endsWith(", o.id desc"),
          jpql);
      assertTrue(jpql.contains(" desc"), jpql);
    }
  }

  @Test
  void theOrganisationIsJoinedOnlyWhenAFilterOrTheOrderNeedsIt() {
    SupplierFilter bySize =
        new SupplierFilter(
            List.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(),
            Set.of(nl.kringkoop.supplier.entity.SizeClass.MICRO),
            null,
            Set.of(),
            null,
            null);
    SupplierQuery byEmployees =
        SupplierQuery.of(bySize, new SupplierSort(SupplierSort.Field.EMPLOYEES, true), TODAY);
    assertEquals(
        "select count(p) from SupplierProfile p where p.sizeClass in :sizes",
        byEmployees.countJpql());
    assertFalse(byEmployees.idJpql().contains("p.organisation"));
    assertFalse(byEmployees.idParameters().containsKey("kind"));

    // MariaDB through Connector/J keeps whole seconds: same-second changes go newest id first.
    SupplierQuery newest =
        SupplierQuery.of(bySize, new SupplierSort(SupplierSort.Field.UPDATED_AT, false), TODAY);
    assertTrue(newest.idJpql().endsWith("order by p.updatedAt desc, p.id desc"), newest::idJpql);

    SupplierQuery byName = SupplierQuery.of(bySize, SupplierSort.DEFAULT, TODAY);
    assertFalse(byName.countJpql().contains("p.organisation"), "counting needs no names");
    assertTrue(byName.idJpql().contains("join p.organisation o"));
    assertTrue(byName.idParameters().containsKey("kind"));
    assertEquals(
        "select count(p) from SupplierProfile p",
        SupplierQuery.of(SupplierFilter.everything(), SupplierSort.DEFAULT, TODAY).countJpql());
  }

  @Test
  void sortsAreReadFromTheParameter() {
    assertEquals(SupplierSort.DEFAULT, SupplierSort.parse(null).orElseThrow());
    assertEquals(
        new SupplierSort(SupplierSort.Field.UPDATED_AT, false),
        SupplierSort.parse("updatedAt,DESC").orElseThrow());
    assertEquals(
        new SupplierSort(SupplierSort.Field.SIZE_CLASS, true),
        SupplierSort.parse("sizeclass").orElseThrow());
    assertTrue(SupplierSort.parse("name,").isEmpty());
    assertTrue(SupplierSort.parse("kvkNumber").isEmpty());
    assertEquals(
        "municipality,desc", SupplierSort.parse("municipality,desc").orElseThrow().toString());
  }
}
