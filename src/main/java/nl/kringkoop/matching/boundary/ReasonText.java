package nl.kringkoop.matching.boundary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.kringkoop.matching.control.EnumBits;
import nl.kringkoop.matching.engine.Contribution;
import nl.kringkoop.matching.engine.Reason;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.supplier.entity.CertificationKind;

/**
 * Says the engine's reasons in Dutch or English. Arguments that are codes (a certificate mask, a
 * service area) become their labels first.
 */
public final class ReasonText {

  static final String MATCHING = "matching.reason.";
  static final String PARTNERSHIP = "partnership.reason.";

  private ReasonText() {}

  public static String of(Reason reason, Locale locale) {
    return of(MATCHING, reason, locale);
  }

  static String of(String prefix, Reason reason, Locale locale) {
    Object[] args = reason.args().toArray();
    if (reason.key().equals("knockOut.certificate")) {
      args = new Object[] {certificates((Integer) args[0], locale)};
    } else if (reason.key().equals("knockOut.serviceArea")) {
      args = new Object[] {Messages.get(locale, "serviceArea." + args[0])};
    }
    return Messages.get(locale, prefix + reason.key(), args);
  }

  /**
   * The explanation in one sentence: the reasons of the factors that count, strongest first ("same
   * COROP region; covers 2 of 3 CPV codes; R4 matches").
   */
  public static String summary(List<Contribution> explanation, Locale locale) {
    return strongestFirst(
        explanation,
        Contribution::weight,
        Contribution::contribution,
        c -> of(MATCHING, c.reason(), locale));
  }

  /**
   * The reasons of the parts that count (weight above zero), the largest contribution first, joined
   * into one sentence: the same for a firm's match and a consortium's proposal.
   */
  static <T> String strongestFirst(
      List<T> parts,
      ToIntFunction<T> weight,
      ToDoubleFunction<T> contribution,
      Function<T, String> reason) {
    return parts.stream()
        .filter(p -> weight.applyAsInt(p) != 0)
        .sorted(Comparator.comparingDouble(contribution).reversed())
        .map(reason)
        .collect(Collectors.joining("; "));
  }

  private static String certificates(int mask, Locale locale) {
    List<String> names = new ArrayList<>();
    for (CertificationKind kind : CertificationKind.values()) {
      if (EnumBits.contains(mask, kind)) {
        names.add(Messages.get(locale, "certification." + kind.name()));
      }
    }
    return String.join(", ", names);
  }
}
