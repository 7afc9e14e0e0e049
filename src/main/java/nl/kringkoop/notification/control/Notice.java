package nl.kringkoop.notification.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.kringkoop.notification.entity.Notification;

/**
 * What another component wants people to know: a message key from the bundles with its arguments
 * ({@code <messageKey>.subject} and {@code <messageKey>.body} must exist in both languages), the
 * organisations whose enabled users receive it, an optional app-relative link such as {@code
 * /supplier/tender.xhtml?id=5}, and the tender it is about, if any.
 */
public record Notice(
    Set<Long> organisationIds, String messageKey, List<String> args, String link, Long tenderId) {

  public Notice {
    organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
    if (messageKey == null
        || messageKey.isBlank()
        || messageKey.length() > Notification.KEY_LENGTH) {
      throw new IllegalArgumentException("A notice needs a message key of at most 120 characters");
    }
    args =
        args == null
            ? List.of()
            : args.stream().map(arg -> Objects.requireNonNullElse(arg, "")).toList();
    if (link != null && !isAppPath(link)) {
      throw new IllegalArgumentException(
          "A notice links to a path inside the application: " + link);
    }
  }

  /** A notice about a tender, for the given organisations. */
  public static Notice about(
      long tenderId, Set<Long> organisationIds, String messageKey, String link, String... args) {
    return new Notice(organisationIds, messageKey, List.of(args), link, tenderId);
  }

  /** Only paths below the application itself: never another site, not even {@code //host}. */
  private static boolean isAppPath(String link) {
    return link.startsWith("/")
        && !link.startsWith("//")
        && !link.contains("\\")
        && link.length() <= Notification.LINK_LENGTH
        && link.chars().noneMatch(Character::isWhitespace);
  }
}
