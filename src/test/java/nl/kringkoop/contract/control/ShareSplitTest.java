package nl.kringkoop.contract.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareSplitTest {

  @ParameterizedTest(name = "{0} over {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Shares that divide evenly need no correction.
        "100.00 | 100 | 100.00",
        "100.00 | 60 40 | 60.00 40.00",
        "1000000.00 | 60 40 | 600000.00 400000.00",
        // 33.33 + 33.33 + 33.34 = 100.00 exactly, no remainders.
        "100.00 | 33.33 33.33 33.34 | 33.33 33.33 33.34",
        // One cent over two equal halves: tie, the first listed gets it.
        "0.01 | 50 50 | 0.01 0.00",
        // 10.00 over thirds of 33.33/33.33/33.34: 3.333, 3.333, 3.334 -> floors 3.33 3.33 3.33,
        // one cent left, the largest remainder (0.4 of a cent) is the third party's.
        "10.00 | 33.33 33.33 33.34 | 3.33 3.33 3.34",
        // 1.00 over 33.33/33.33/33.34: 33.33c, 33.33c, 33.34c -> 33 33 33, one cent to the third.
        "1.00 | 33.33 33.33 33.34 | 0.33 0.33 0.34",
        // 0.02 over three: 0.6666c, 0.6666c, 0.6668c -> floors 0; two cents to the largest
        // remainder (third) and then the first listed of the two equal ones.
        "0.02 | 33.33 33.33 33.34 | 0.01 0.00 0.01",
        // 99.99 over 60/40: 59.994 and 39.996 -> 59.99 + 39.99 = 99.98, the cent to the 40 %
        // party whose remainder (0.6c) beats 0.4c.
        "99.99 | 60 40 | 59.99 40.00",
        // Nothing to split.
        "0.00 | 60 40 | 0.00 0.00",
        // Credit notes split like their invoices, negated.
        "-100.00 | 33.33 33.33 33.34 | -33.33 -33.33 -33.34",
        "-0.01 | 50 50 | -0.01 0.00",
        "-99.99 | 60 40 | -59.99 -40.00",
        // Shares that do not quite add up to 100 still attribute every cent.
        "100.00 | 33.33 33.33 33.33 | 33.34 33.33 33.33",
        // Four partners, 7 cents: 25 % each = 1.75c, floors 1, three cents to the first three.
        "0.07 | 25 25 25 25 | 0.02 0.02 0.02 0.01",
        // The largest amount the column holds (15 digits, 2 decimals): 1233999999999.998766 and
        // 8765999999999.991234, the left-over cent to the first (remainder .8766 of a cent).
        "9999999999999.99 | 12.34 87.66 | 1234000000000.00 8765999999999.99",
      })
  void splitsToTheCent(String amount, String percents, String expected) {
    List<BigDecimal> parts = ShareSplit.split(new BigDecimal(amount), decimals(percents));

    assertEquals(decimals(expected), parts);
    assertEquals(new BigDecimal(amount).setScale(2), sum(parts));
  }

  @Test
  void amountWithoutDecimalsComesBackInCents() {
    assertEquals(
        List.of(new BigDecimal("60.00"), new BigDecimal("40.00")),
        ShareSplit.split(new BigDecimal("100"), decimals("60 40")));
  }

  @Test
  void partsAlwaysAddUpAndStayWithinACentOfTheExactShare() {
    Random random = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(4);
      BigDecimal[] percents = new BigDecimal[n];
      int left = 10_000;
      for (int i = 0; i < n - 1; i++) {
        int p = 1 + random.nextInt(left - (n - 1 - i));
        percents[i] = BigDecimal.valueOf(p, 2);
        left -= p;
      }
      percents[n - 1] = BigDecimal.valueOf(left, 2);
      BigDecimal amount = BigDecimal.valueOf(random.nextLong(-10_000_000L, 10_000_000L), 2);

      List<BigDecimal> parts = ShareSplit.split(amount, Arrays.asList(percents));

      assertEquals(amount, sum(parts), () -> amount + " over " + Arrays.toString(percents));
      for (int i = 0; i < n; i++) {
        BigDecimal exact = amount.multiply(percents[i]).movePointLeft(2);
        BigDecimal off = parts.get(i).subtract(exact).abs();
        assertEquals(-1, off.compareTo(new BigDecimal("0.01")), "part " + i + " of " + amount);
      }
    }
  }

  @Test
  void refusesFractionsOfACent() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ShareSplit.split(new BigDecimal("1.005"), decimals("100")));
  }

  @Test
  void refusesNoSharesAndSharesThatAreNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> ShareSplit.split(BigDecimal.TEN, List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> ShareSplit.split(BigDecimal.TEN, decimals("100 0")));
  }

  private static List<BigDecimal> decimals(String text) {
    return Arrays.stream(text.strip().split(" +")).map(BigDecimal::new).toList();
  }

  private static BigDecimal sum(List<BigDecimal> parts) {
    return parts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }
}
