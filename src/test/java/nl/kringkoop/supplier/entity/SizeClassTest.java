package nl.kringkoop.supplier.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0, MICRO",
    "9, 2000000, MICRO",
    "9, 2000000.01, SMALL",
    "10, 100000, SMALL",
    "49, 10000000, SMALL",
    "49, 10000001, MEDIUM",
    "50, 1000000, MEDIUM",
    "249, 50000000, MEDIUM",
    "249, 50000001, LARGE",
    "250, 1000000, LARGE"
  })
  void followsTheEuDefinitionOnStaffAndTurnover(int employees, String turnover, SizeClass size) {
    assertEquals(size, SizeClass.of(employees, new BigDecimal(turnover)));
  }

  @org.junit.jupiter.api.Test
  void everyClassButLargeIsAnSme() {
    assertTrue(SizeClass.MICRO.isSme());
    assertTrue(SizeClass.MEDIUM.isSme());
    assertFalse(SizeClass.LARGE.isSme());
  }
}
