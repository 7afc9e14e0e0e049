package nl.kringkoop.cpv.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import nl.kringkoop.cpv.control.CpvList.Entry;
import nl.kringkoop.cpv.control.CpvList.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs against the shipped official list, so a damaged resource fails here. */
class CpvListTest {

  private static CpvList list;

  @BeforeAll
  static void readShippedList() throws Exception {
    try (InputStream csv = CpvListTest.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      list = CpvList.read(csv);
    }
  }

  @Test
  void holdsEveryCodeOfThe2008List() {
    assertEquals(9454, list.size());
  }

  @ParameterizedTest
  @CsvSource({
    "45000000-7, VALID",
    "45000000, VALID",
    "' 45210000-2 ', VALID",
    "45000000-1, WRONG_CHECK_DIGIT",
    "45000001, UNKNOWN",
    "12345678-9, UNKNOWN",
    "4500000, MALFORMED",
    "45000000-, MALFORMED",
    "45000000-77, MALFORMED",
    "construction, MALFORMED"
  })
  void resolvesWrittenCodes(String written, Verdict verdict) {
    assertEquals(verdict, list.resolve(written).verdict());
  }

  @Test
  void aWrongCheckDigitStillNamesTheListedCode() {
    assertEquals("45000000-7", list.resolve("45000000-1").entry().published());
  }

  @Test
  void findsCodesByTheirFirstDigitsBroadestFirst() {
    CpvList.Found result = list.search("4521", entry -> null, 5);
    List<Entry> found = result.items();
    assertTrue(result.total() > 5, "total counts every match, not only the first five");
    assertEquals(5, found.size());
    assertEquals("45210000", found.get(0).code().digits());
    assertTrue(found.stream().allMatch(entry -> entry.code().digits().startsWith("4521")));
  }

  @Test
  void findsCodesByAllWordsOfTheirLabel() {
    List<Entry> found = list.search("Repair Furniture", entry -> null, 50).items();
    assertTrue(!found.isEmpty());
    assertTrue(
        found.stream()
            .allMatch(
                entry ->
                    entry.labelEn().toLowerCase().contains("repair")
                        && entry.labelEn().toLowerCase().contains("furniture")));
  }

  @Test
  void findsCodesByTheOtherLanguagesLabel() {
    List<Entry> found =
        list.search(
                "bouwwerk",
                entry -> entry.code().digits().equals("45000000") ? "Bouwwerkzaamheden" : null,
                10)
            .items();
    assertEquals(1, found.size());
    assertEquals("45000000-7", found.get(0).published());
  }

  @Test
  void anEmptyQueryFindsNothing() {
    assertTrue(list.search("  ", entry -> null, 10).items().isEmpty());
  }
}
