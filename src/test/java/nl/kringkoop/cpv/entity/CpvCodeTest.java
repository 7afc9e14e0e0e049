package nl.kringkoop.cpv.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CpvCodeTest {

  @ParameterizedTest
  @CsvSource({
    "45000000, 45",
    "45200000, 452",
    "45210000, 4521",
    "45211000, 45211",
    "45211340, 4521134",
    "03000000, 03",
    "30200000, 302"
  })
  void theSignificantPrefixDropsThePaddingButKeepsTheDivision(String digits, String prefix) {
    assertEquals(prefix, new CpvCode(digits).significantPrefix());
  }

  @ParameterizedTest
  @CsvSource({
    "45000000, 45210000, true",
    "45200000, 45210000, true",
    "45200000, 45200000, true",
    "45210000, 45200000, false",
    "45200000, 45300000, false",
    "03000000, 30000000, false"
  })
  void aBroaderCodeCoversTheCodesBelowIt(String broad, String narrow, boolean covers) {
    assertEquals(covers, new CpvCode(broad).covers(new CpvCode(narrow)));
  }

  @ParameterizedTest
  @CsvSource({
    "45210000, 45210000, 8",
    "45210000, 45220000, 3",
    "45211000, 45212000, 4",
    "45210000, 45300000, 2",
    "45210000, 50000000, 0"
  })
  void sharedDepthTellsHowCloseTwoCodesAre(String one, String other, int depth) {
    assertEquals(depth, new CpvCode(one).sharedDepth(new CpvCode(other)));
    assertEquals(depth, new CpvCode(other).sharedDepth(new CpvCode(one)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4521000", "452100000", "45210000-2", "4521000a", ""})
  void onlyEightDigitsMakeACode(String digits) {
    assertThrows(IllegalArgumentException.class, () -> new CpvCode(digits));
  }

  @org.junit.jupiter.api.Test
  void theDivisionIsTheFirstTwoDigits() {
    assertEquals("45", new CpvCode("45210000").division());
    assertTrue(new CpvCode("45000000").covers(new CpvCode("45999999")));
    assertFalse(new CpvCode("45000000").covers(new CpvCode("44999999")));
  }
}
