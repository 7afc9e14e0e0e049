package nl.kringkoop.tender.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProcedureTypeTest {

  @ParameterizedTest(name = "{0} where {1} is advised: {2}")
  @CsvSource({
    "SINGLE_QUOTE,                  SINGLE_QUOTE,   true",
    "SINGLE_QUOTE,                  MULTIPLE_QUOTE, false",
    "MULTIPLE_QUOTE,                SINGLE_QUOTE,   true",
    "MULTIPLE_QUOTE,                MULTIPLE_QUOTE, true",
    "MULTIPLE_QUOTE,                NATIONAL,       false",
    "NATIONAL_OPEN,                 MULTIPLE_QUOTE, true",
    "NATIONAL_RESTRICTED,           NATIONAL,       true",
    "NATIONAL_OPEN,                 EUROPEAN,       false",
    "EUROPEAN_OPEN,                 SINGLE_QUOTE,   true",
    "EUROPEAN_RESTRICTED,           NATIONAL,       true",
    "EUROPEAN_COMPETITIVE_DIALOGUE, EUROPEAN,       true",
  })
  void aHeavierProcedureIsAlwaysAllowed(
      ProcedureType type, ProcedureLevel advised, boolean allowed) {
    assertEquals(allowed, type.satisfies(advised));
  }

  @ParameterizedTest
  @CsvSource({
    "SINGLE_QUOTE,   SINGLE_QUOTE",
    "MULTIPLE_QUOTE, MULTIPLE_QUOTE",
    "NATIONAL,       NATIONAL_OPEN",
    "EUROPEAN,       EUROPEAN_COMPETITIVE_DIALOGUE",
  })
  void eachLevelProposesItsProcedure(ProcedureLevel level, ProcedureType expected) {
    assertEquals(expected, ProcedureType.defaultFor(level));
  }

  @ParameterizedTest
  @EnumSource(ProcedureLevel.class)
  void theProposedProcedureBelongsToItsLevel(ProcedureLevel level) {
    assertEquals(level, ProcedureType.defaultFor(level).level());
  }
}
