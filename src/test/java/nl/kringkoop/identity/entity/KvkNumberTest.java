package nl.kringkoop.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

  @ParameterizedTest
  @CsvSource({
    "12345678,12345678",
    "'1234 5678',12345678",
    "12.34.56.78,12345678",
    "'00001234',00001234"
  })
  void acceptsEightDigitsAsPeopleTypeThem(String typed, String stored) {
    assertTrue(KvkNumber.isValid(typed));
    assertEquals(stored, KvkNumber.parse(typed).value());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"1234567", "123456789", "1234567a", "123456789012", "-1234567", "１２３４５６７８"})
  void refusesAnythingElse(String typed) {
    assertFalse(KvkNumber.isValid(typed));
    assertThrows(IllegalArgumentException.class, () -> KvkNumber.parse(typed));
  }
}
