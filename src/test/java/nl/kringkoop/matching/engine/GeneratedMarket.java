package nl.kringkoop.matching.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A reproducible market for benchmarks: firms with one to four CPV codes drawn from the official
 * list, spread over 342 municipalities in 40 COROP regions and 12 provinces, with the mix of sizes,
 * social enterprises, certificates and references the demo data has.
 */
final class GeneratedMarket {

  static final int MUNICIPALITIES = 342;
  private static final Reach[] REACHES = Reach.values();

  private final int[] codes;
  private final Random random;

  GeneratedMarket(long seed) {
    this.random = new Random(seed);
    try (InputStream csv = GeneratedMarket.class.getResourceAsStream("/cpv/cpv-2008.csv")) {
      // code,label_en,level: the groups, classes and categories (level 3 and deeper)
      this.codes =
          new String(csv.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .skip(1)
              .filter(line -> Integer.parseInt(line.substring(line.lastIndexOf(',') + 1)) >= 3)
              .mapToInt(line -> Integer.parseInt(line.substring(0, 8)))
              .toArray();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  SupplierIndex index(int firms) {
    SupplierIndex index = new SupplierIndex();
    for (long id = 1; id <= firms; id++) {
      index.put(firm(id));
    }
    return index;
  }

  SupplierFacts firm(long id) {
    int[] offered = new int[1 + random.nextInt(4)];
    for (int i = 0; i < offered.length; i++) {
      offered[i] = codes[random.nextInt(codes.length)];
    }
    int employees = 1 + random.nextInt(random.nextInt(10) < 8 ? 20 : 300);
    long turnover = employees * (60_000L + random.nextInt(90_000));
    boolean social = random.nextInt(10) == 0;
    return new SupplierFacts(
        id,
        offered,
        random.nextInt(1 << 10) & random.nextInt(1 << 10),
        place(random.nextInt(MUNICIPALITIES)),
        REACHES[random.nextInt(REACHES.length)],
        random.nextInt(3) == 0 ? 0 : turnover / 2,
        turnover,
        employees < 10 ? 0 : employees < 50 ? 1 : employees < 250 ? 2 : 3,
        social,
        social ? random.nextInt(5) : 0,
        social ? random.nextInt(80) : 0,
        random.nextInt(4),
        random.nextInt(2) == 0 ? new int[0] : new int[] {offered[0]},
        random.nextBoolean(),
        social && random.nextBoolean());
  }

  /** A need in the trade of a random code, with one to three codes of the same division. */
  NeedFacts need() {
    int anchor = codes[random.nextInt(codes.length)];
    int[] asked = codesAround(anchor, 1 + random.nextInt(3));
    return new NeedFacts(
        asked,
        (1 << 3) | (1 << 4),
        place(random.nextInt(MUNICIPALITIES)),
        50_000 + random.nextInt(400_000),
        random.nextInt(4) == 0 ? 1 : 0,
        0,
        random.nextInt(4) == 0);
  }

  /**
   * A need for a consortium: two to four codes of one division (now and then another), R3 and R4,
   * worth 200,000 to 2,200,000 euros.
   */
  NeedFacts partnershipNeed() {
    int anchor = codes[random.nextInt(codes.length)];
    int[] asked = codesAround(anchor, 2 + random.nextInt(3));
    return new NeedFacts(
        asked,
        (1 << 3) | (1 << 4),
        place(random.nextInt(MUNICIPALITIES)),
        200_000 + random.nextInt(2_000_000),
        random.nextInt(4) == 0 ? 1 : 0,
        0,
        random.nextInt(4) == 0);
  }

  /** The anchor and codes of its division, one in fifty from anywhere. */
  private int[] codesAround(int anchor, int count) {
    int[] asked = new int[count];
    asked[0] = anchor;
    for (int i = 1; i < asked.length; i++) {
      int other;
      do {
        other = codes[random.nextInt(codes.length)];
      } while (other / 1_000_000 != anchor / 1_000_000 && random.nextInt(50) != 0);
      asked[i] = other;
    }
    return asked;
  }

  private static Place place(int municipality) {
    int corop = municipality % 40;
    return new Place(municipality, corop, corop % 12);
  }
}
