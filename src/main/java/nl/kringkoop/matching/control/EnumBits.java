package nl.kringkoop.matching.control;

import java.util.Collection;

/**
 * How the engine's bit masks stand for R-strategies and certificates: bit k for the enum constant
 * with ordinal k (R3 is bit 3). Written once so that what the registry and the tenders put in and
 * what the reasons read out agree.
 */
public final class EnumBits {

  private EnumBits() {}

  public static int of(Enum<?> value) {
    return 1 << value.ordinal();
  }

  public static int of(Collection<? extends Enum<?>> values) {
    int mask = 0;
    for (Enum<?> value : values) {
      mask |= of(value);
    }
    return mask;
  }

  public static boolean contains(int mask, Enum<?> value) {
    return (mask & of(value)) != 0;
  }
}
