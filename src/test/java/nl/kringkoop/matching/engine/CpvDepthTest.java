package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpvDepthTest {

  @ParameterizedTest(name = "{0} and {1}: {2}")
  @CsvSource({
    "45210000, 45210000, 4",
    "45000000, 45210000, 4", // a division covers its codes
    "45210000, 45200000, 4", // so does a group
    "45211000, 45210000, 4",
    "45211100, 45211200, 3", // same class 4521
    "45211000, 45220000, 2", // same group 452
    "45210000, 45310000, 1", // same division 45
    "45210000, 39100000, 0",
    "03000000, 45000000, 0"
  })
  void depthIsSymmetricAndFollowsTheHierarchy(int a, int b, int depth) {
    assertEquals(depth, CpvDepth.between(a, b));
    assertEquals(depth, CpvDepth.between(b, a));
  }
}
