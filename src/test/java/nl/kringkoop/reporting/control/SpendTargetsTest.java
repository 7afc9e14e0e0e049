package nl.kringkoop.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import nl.kringkoop.contract.entity.SpendTarget;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.junit.jupiter.api.Test;

class SpendTargetsTest {

  @Test
  void percentagesFromZeroToHundredWithTwoDecimalsAreTaken() {
    SpendTarget.Shares shares =
        SpendTargets.checked(
            new SpendTargets.Written(
                new BigDecimal("0"),
                new BigDecimal("100"),
                new BigDecimal("33.33"),
                new BigDecimal("7.5")));

    assertEquals(new BigDecimal("0.00"), shares.circular());
    assertEquals(new BigDecimal("100.00"), shares.local());
    assertEquals(new BigDecimal("7.50"), shares.social());
  }

  @Test
  void everyMissingOrBadPercentageIsNamed() {
    ProblemException problem =
        assertThrows(
            ProblemException.class,
            () ->
                SpendTargets.checked(
                    new SpendTargets.Written(
                        new BigDecimal("-1"),
                        new BigDecimal("100.01"),
                        null,
                        new BigDecimal("5.555"))));

    assertEquals(
        List.of("circular", "local", "sme", "social"),
        problem.invalidFields().stream().map(InvalidField::field).toList());
    assertEquals("field.required", problem.invalidFields().get(2).messageKey());
    assertEquals("reporting.field.percent", problem.invalidFields().get(3).messageKey());
  }

  @Test
  void nothingWrittenIsFourMissingFields() {
    ProblemException problem =
        assertThrows(ProblemException.class, () -> SpendTargets.checked(null));

    assertEquals(4, problem.invalidFields().size());
  }
}
