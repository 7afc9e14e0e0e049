package nl.kringkoop.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTimeTest {

  @ParameterizedTest
  @CsvSource({
    "2026-11-24T09:15:00Z,24-11-2026 10:15:00", // winter time, UTC+1
    "2026-07-01T09:15:00Z,01-07-2026 11:15:00" // summer time, UTC+2
  })
  void showsDutchLocalTime(String instant, String shown) {
    assertEquals(shown, new DisplayTime().format(Instant.parse(instant)));
  }
}
