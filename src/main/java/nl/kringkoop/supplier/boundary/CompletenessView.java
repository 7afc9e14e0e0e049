package nl.kringkoop.supplier.boundary;

import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.supplier.control.ProfileCompleteness;

/** A profile's completeness with hints, written in the caller's language. */
public record CompletenessView(int percent, List<Hint> hints) {

  /** What to add: a stable code and the sentence for the user. */
  public record Hint(String code, String text) {}

  static CompletenessView of(ProfileCompleteness.Result result, Locale locale) {
    return new CompletenessView(
        result.percent(),
        result.hints().stream().map(key -> new Hint(key, Messages.get(locale, key))).toList());
  }
}
