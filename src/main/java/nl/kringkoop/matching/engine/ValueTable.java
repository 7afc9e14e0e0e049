package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the distinct values of a kind the index sees (places, profiles), so a firm keeps a small
 * number instead of an object and a ranking computes once per value what it needs per firm. A value
 * keeps its number for the life of the index; there are few distinct ones.
 */
final class ValueTable<T> {

  private final Map<T, Integer> numbers = new HashMap<>();
  private final List<T> values = new ArrayList<>();

  int numberOf(T value) {
    return numbers.computeIfAbsent(
        value,
        fresh -> {
          values.add(fresh);
          return values.size() - 1;
        });
  }

  T valueOf(int number) {
    return values.get(number);
  }

  int count() {
    return values.size();
  }
}
