package nl.kringkoop.contract.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits an amount in euros over shares in percent, to the cent, so that the parts add up to
 * exactly the amount: each part gets its share rounded down, and the cents left over go one each to
 * the parts that lost most in rounding (the largest remainder), the earlier listed first when
 * remainders are equal. A negative amount (a credit note) is split as its positive counterpart and
 * every part negated, so a credit note undoes its invoice cent for cent.
 */
public final class ShareSplit {

  private ShareSplit() {}

  /**
   * The parts of {@code amount} in the order of {@code percents}.
   *
   * @param amount euros with at most two decimals
   * @param percents positive shares; they normally add up to 100, otherwise each part is its share
   *     of their total, so that every cent is still attributed
   * @throws IllegalArgumentException for more than two decimals, no shares or a share that is not
   *     positive
   */
  public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> percents) {
    if (amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("An amount has at most two decimals: " + amount);
    }
    if (percents.isEmpty()) {
      throw new IllegalArgumentException("An amount is split over at least one share");
    }
    List<BigInteger> weights = new ArrayList<>(percents.size());
    for (BigDecimal percent : percents) {
      if (percent == null || percent.signum() <= 0) {
        throw new IllegalArgumentException("A share is positive: " + percent);
      }
      // Percentages with any number of decimals become exact integer weights.
      weights.add(percent.movePointRight(scaleOf(percents)).toBigIntegerExact());
    }
    BigInteger total = weights.stream().reduce(BigInteger.ZERO, BigInteger::add);
    BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
    List<BigInteger> parts = splitCents(cents.abs(), weights, total);
    List<BigDecimal> euros = new ArrayList<>(parts.size());
    for (BigInteger part : parts) {
      BigInteger signed = cents.signum() < 0 ? part.negate() : part;
      euros.add(new BigDecimal(signed, 2));
    }
    return euros;
  }

  private static List<BigInteger> splitCents(
      BigInteger cents, List<BigInteger> weights, BigInteger total) {
    int n = weights.size();
    List<BigInteger> parts = new ArrayList<>(n);
    List<BigInteger> remainders = new ArrayList<>(n);
    BigInteger given = BigInteger.ZERO;
    for (BigInteger weight : weights) {
      BigInteger[] quotient = cents.multiply(weight).divideAndRemainder(total);
      parts.add(quotient[0]);
      remainders.add(quotient[1]);
      given = given.add(quotient[0]);
    }
    int left = cents.subtract(given).intValueExact();
    List<Integer> byRemainder = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byRemainder.add(i);
    }
    // A stable sort keeps the listed order among equal remainders.
    byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed());
    for (int k = 0; k < left; k++) {
      int i = byRemainder.get(k);
      parts.set(i, parts.get(i).add(BigInteger.ONE));
    }
    return parts;
  }

  private static int scaleOf(List<BigDecimal> percents) {
    return percents.stream()
        .mapToInt(p -> Math.max(0, p.stripTrailingZeros().scale()))
        .max()
        .orElse(0);
  }
}
