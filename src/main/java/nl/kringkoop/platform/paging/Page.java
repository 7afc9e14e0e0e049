package nl.kringkoop.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list with the total number of items: {@code {"items":[...],"total":N}}. */
public record Page<T>(List<T> items, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), total);
  }
}
