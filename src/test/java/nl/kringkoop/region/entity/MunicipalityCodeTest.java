package nl.kringkoop.region.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

  @ParameterizedTest
  @CsvSource({"GM0268,GM0268", "gm0363,GM0363", "' GM1945 ',GM1945"})
  void acceptsCbsCodes(String typed, String stored) {
    assertEquals(stored, MunicipalityCode.parse(typed).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0268", "GM268", "GM02680", "PV25", "CR15", "GMabcd", ""})
  void refusesOtherCodes(String typed) {
    assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.parse(typed));
  }
}
