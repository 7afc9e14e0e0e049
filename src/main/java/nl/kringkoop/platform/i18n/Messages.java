package nl.kringkoop.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-facing text in the nl/en bundles. Dutch is the default; any other language falls
 * back to Dutch, never to the JVM's default locale.
 */
public final class Messages {

  public static final String BUNDLE = "nl.kringkoop.i18n.messages";
  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The text for {@code key} in {@code locale}; {@code args} fill {0}, {1}... placeholders. */
  public static String get(Locale locale, String key, Object... args) {
    Locale supported = supported(locale);
    String pattern;
    try {
      pattern = bundle(supported).getString(key);
    } catch (MissingResourceException missing) {
      return key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, supported).format(args);
  }

  public static boolean has(Locale locale, String key) {
    return bundle(supported(locale)).containsKey(key);
  }

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK);
  }

  /** Narrows any locale to one the application is translated into. */
  public static Locale supported(Locale requested) {
    if (requested != null && Locale.ENGLISH.getLanguage().equals(requested.getLanguage())) {
      return Locale.ENGLISH;
    }
    return DUTCH;
  }

  /** Picks the first supported language from an ordered list of preferences (Accept-Language). */
  public static Locale preferred(List<Locale> preferences) {
    for (Locale preference : preferences) {
      for (Locale candidate : SUPPORTED) {
        if (candidate.getLanguage().equals(preference.getLanguage())) {
          return candidate;
        }
      }
    }
    return DUTCH;
  }
}
