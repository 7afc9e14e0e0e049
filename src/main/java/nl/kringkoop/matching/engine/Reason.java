package nl.kringkoop.matching.engine;

import java.util.List;

/**
 * Why a factor has its value, as a message key under {@code matching.reason.} and its arguments, so
 * the boundary can say it in Dutch or English ("same COROP region; covers 2 of 3 CPV codes").
 */
public record Reason(String key, List<Object> args) {

  public Reason {
    args = List.copyOf(args);
  }

  static Reason of(String key, Object... args) {
    return new Reason(key, List.of(args));
  }
}
