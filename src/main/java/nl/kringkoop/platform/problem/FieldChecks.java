package nl.kringkoop.platform.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * Collects every invalid field of one check run, so a form or request is answered with all its
 * mistakes at once instead of the first one.
 */
public final class FieldChecks {

  private final List<InvalidField> errors = new ArrayList<>();

  public void add(String field, String messageKey, Object... args) {
    errors.add(new InvalidField(field, messageKey, args));
  }

  public void require(boolean holds, String field, String messageKey, Object... args) {
    if (!holds) {
      add(field, messageKey, args);
    }
  }

  public boolean missing(String field, String text) {
    boolean missing = text == null || text.isBlank();
    require(!missing, field, "field.required");
    return missing;
  }

  /** The stripped text, or null when it is blank or too long (reported when required or long). */
  public String text(String field, String text, int max, boolean required) {
    if (text == null || text.isBlank()) {
      require(!required, field, "field.required");
      return null;
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      add(field, "field.tooLong", max);
      return null;
    }
    return trimmed;
  }

  /** The amount in euros, or null when it is absent or not a valid euro amount. */
  public BigDecimal money(String field, Money money, boolean required) {
    if (money == null || money.amount() == null) {
      require(!required, field, "field.required");
      return null;
    }
    if (!money.isValidEuroAmount()) {
      add(field, "field.money");
      return null;
    }
    return money.amount();
  }

  public int count() {
    return errors.size();
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<InvalidField> errors() {
    return List.copyOf(errors);
  }

  /** Answers the request with a validation problem listing every invalid field, if any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
  }
}
