package nl.kringkoop.cpv.entity;

import java.util.Objects;

/**
 * A Common Procurement Vocabulary code by its eight digits. The check digit belongs to the
 * published list, not to the code's arithmetic (the 2008 list does not follow its own formula), so
 * it is looked up in {@code CpvList}, never computed.
 */
public record CpvCode(String digits) {

  private static final int DIVISION_LENGTH = 2;

  public CpvCode {
    Objects.requireNonNull(digits, "digits");
    if (!digits.matches("\\d{8}")) {
      throw new IllegalArgumentException("A CPV code has eight digits: " + digits);
    }
  }

  /** The digits that carry meaning: the code without its padding zeros, never less than 2. */
  public String significantPrefix() {
    int end = digits.length();
    while (end > DIVISION_LENGTH && digits.charAt(end - 1) == '0') {
      end--;
    }
    return digits.substring(0, end);
  }

  /** Whether this code's group, class or category includes the other code (or is it). */
  public boolean covers(CpvCode other) {
    return other.digits.startsWith(significantPrefix());
  }

  public String division() {
    return digits.substring(0, DIVISION_LENGTH);
  }

  /**
   * How many leading digits two codes share, capped at the shorter significant prefix: 8 for the
   * same code, 2 for the same division, 0 for different divisions.
   */
  public int sharedDepth(CpvCode other) {
    int limit = Math.min(significantPrefix().length(), other.significantPrefix().length());
    int shared = 0;
    while (shared < limit && digits.charAt(shared) == other.digits.charAt(shared)) {
      shared++;
    }
    if (digits.equals(other.digits)) {
      return digits.length();
    }
    return shared < DIVISION_LENGTH ? 0 : shared;
  }

  @Override
  public String toString() {
    return digits;
  }
}
