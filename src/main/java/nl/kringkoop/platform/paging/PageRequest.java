package nl.kringkoop.platform.paging;

import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * A page of a list as asked for with {@code ?page=0&size=20}; refuses negative pages and sizes
 * outside 1..max with a validation problem naming the parameter.
 */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 20;

  public static PageRequest of(Integer page, Integer size, int maxSize) {
    int p = page == null ? 0 : page;
    int s = size == null ? Math.min(DEFAULT_SIZE, maxSize) : size;
    List<InvalidField> invalid = new ArrayList<>();
    if (p < 0) {
      invalid.add(new InvalidField("page", "validation.page.negative"));
    }
    if (s < 1 || s > maxSize) {
      invalid.add(new InvalidField("size", "validation.size.range", maxSize));
    }
    if (!invalid.isEmpty()) {
      throw ProblemException.invalid(invalid);
    }
    return new PageRequest(p, s);
  }

  public int firstResult() {
    return Math.multiplyExact(page, size);
  }
}
