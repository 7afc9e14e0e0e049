package nl.kringkoop.tender.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountdownTest {

  @ParameterizedTest
  @CsvSource({
    "PT0S, verstreken",
    "-PT5M, verstreken",
    "PT30S, nog 1 minuten",
    "PT42M, nog 42 minuten",
    "PT5H7M, nog 5 uur en 7 minuten",
    "P2DT3H, nog 2 dagen en 3 uur"
  })
  void describesTheTimeLeftInDutch(String left, String expected) {
    assertEquals(expected, Countdown.describe(Duration.parse(left), Locale.forLanguageTag("nl")));
  }

  @ParameterizedTest
  @CsvSource({"P2DT3H, 2 days and 3 hours left", "PT0S, passed"})
  void describesTheTimeLeftInEnglish(String left, String expected) {
    assertEquals(expected, Countdown.describe(Duration.parse(left), Locale.ENGLISH));
  }
}
