package nl.kringkoop.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ApiTokensTest {

  @Test
  void tokensAreStoredAsTheirSha256() {
    // Known SHA-256 of "abc" (FIPS 180-2 test vector).
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        ApiTokens.digest("abc"));
    assertNotEquals(ApiTokens.digest("token-a"), ApiTokens.digest("token-b"));
  }
}
