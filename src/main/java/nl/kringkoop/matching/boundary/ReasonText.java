package nl.kringkoop.matching.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    List<Contribution> counting = new ArrayList<>(explanation);
    counting.removeIf(c -> c.weight() == 0);
    counting.sort((a, b) -> Double.compare(b.contribution(), a.contribution()));
    return String.join("; ", counting.stream().map(c -> of(c.reason(), locale)).toList());
  }

  private static String certificates(int mask, Locale locale) {
    List<String> names = new ArrayList<>();
    for (CertificationKind kind : CertificationKind.values()) {
      if ((mask & (1 << kind.ordinal())) != 0) {
        names.add(Messages.get(locale, "certification." + kind.name()));
      }
    }
    return String.join(", ", names);
  }
}
