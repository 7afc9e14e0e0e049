package nl.kringkoop.reporting.control;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;

/** The report's words in one language: headings, measures, months and the breakdowns' keys. */
public record ReportWords(Locale locale) {

  public ReportWords {
    locale = Messages.supported(locale);
  }

  public String get(String key, Object... args) {
    return Messages.get(locale, "report." + key, args);
  }

  public String month(int month) {
    String name = Month.of(month).getDisplayName(TextStyle.FULL, locale);
    return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  public String shortMonth(int month) {
    String name = Month.of(month).getDisplayName(TextStyle.SHORT, locale);
    return name.replace(".", "");
  }

  /** An R-strategy's name, or the words for spend under none. */
  public String strategy(String key) {
    return SpendFigures.NO_STRATEGY.equals(key)
        ? get("strategy.none")
        : Messages.get(locale, "rStrategy." + key);
  }

  public String sizeClass(String key) {
    return Messages.get(locale, "sizeClass." + key);
  }

  public String supplierType(String key) {
    return get("supplierType." + key);
  }

  /** A COROP region's name and code, or the words for firms whose region is unknown. */
  public String region(String code, String name) {
    if (code == null) {
      return get("region.unknown");
    }
    return name == null ? code : name;
  }
}
