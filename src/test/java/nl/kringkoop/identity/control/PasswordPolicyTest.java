package nl.kringkoop.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void acceptsTwelveCharactersAndMore() {
    assertTrue(PasswordPolicy.acceptable("twelve chars"));
    assertTrue(PasswordPolicy.acceptable("x".repeat(PasswordPolicy.MAX_LENGTH)));
  }

  @Test
  void refusesShortOverlongBlankAndMissingPasswords() {
    assertFalse(PasswordPolicy.acceptable("eleven char"));
    assertFalse(PasswordPolicy.acceptable("x".repeat(PasswordPolicy.MAX_LENGTH + 1)));
    assertFalse(PasswordPolicy.acceptable(" ".repeat(20)));
    assertFalse(PasswordPolicy.acceptable(null));
  }

  @Test
  void countsCharactersNotUtf16Units() {
    // Eleven emoji are 22 UTF-16 units but only eleven characters.
    assertFalse(PasswordPolicy.acceptable("\uD83C\uDF31".repeat(11)));
    assertTrue(PasswordPolicy.acceptable("\uD83C\uDF31".repeat(12)));
  }
}
