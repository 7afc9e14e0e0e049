package nl.kringkoop.circularity.entity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.platform.problem.FieldChecks;

/** Reads R-strategies written as {@code R0}..{@code R9}, reporting each unknown one by position. */
public final class RStrategyField {

  private RStrategyField() {}

  public static Set<RStrategy> parse(List<String> written, FieldChecks checks, String field) {
    Set<RStrategy> strategies = EnumSet.noneOf(RStrategy.class);
    if (written == null) {
      return strategies;
    }
    for (int i = 0; i < written.size(); i++) {
      Optional<RStrategy> strategy = RStrategy.parse(written.get(i));
      if (strategy.isPresent()) {
        strategies.add(strategy.get());
      } else {
        checks.add(field + "[" + i + "]", "field.rStrategy", String.valueOf(written.get(i)));
      }
    }
    return strategies;
  }
}
