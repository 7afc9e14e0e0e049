package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.Test;

class ReportScopeTest {

  @Test
  void aYearAndOptionalFiltersMakeAScope() {
    ReportScope scope = ReportScope.parse(4, " 2026 ", " Sport ", "");

    assertEquals(2026, scope.year());
    assertEquals(Optional.of("Sport"), scope.department());
    assertEquals(Optional.empty(), scope.region());
  }

  @Test
  void aMissingOrImpossibleYearAndABadRegionAreNamed() {
    assertEquals(List.of("year"), fields(null, null));
    assertEquals(List.of("year"), fields("twintig", null));
    assertEquals(List.of("year"), fields("1999", null));
    assertEquals(List.of("year", "region"), fields("", "CR 15; DROP"));
  }

  private static List<String> fields(String year, String region) {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> ReportScope.parse(1, year, null, region));
    return problem.invalidFields().stream().map(InvalidField::field).toList();
  }
}
