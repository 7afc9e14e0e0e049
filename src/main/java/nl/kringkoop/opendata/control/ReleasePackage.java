package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.kringkoop.opendata.control.ReleaseWriter.Release;

/**
 * An OCDS 1.1 release package around releases: where it lives, when its content last changed, who
 * publishes it under which licence and policy, and the extensions its releases use (lots, and the
 * scale in party details). Paged lists add {@code links} with the next and previous page.
 */
public final class ReleasePackage {

  static final String VERSION = "1.1";

  static final List<String> EXTENSIONS =
      List.of(
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
          "https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/v1.1.5/extension.json");

  private ReleasePackage() {}

  /** The package; {@code links} names pages by relation ({@code next}, {@code prev}). */
  public static JsonObject of(
      OcdsSettings settings, String uri, List<Release> releases, Map<String, String> links) {
    Instant published = releases.stream().map(Release::date).max(Instant::compareTo).orElseThrow();
    OcdsObject publisher =
        new OcdsObject()
            .text("name", settings.publisherName())
            .text("uri", settings.publisherUri());
    OcdsObject pages =
        new OcdsObject().text("next", links.get("next")).text("prev", links.get("prev"));
    return new OcdsObject()
        .text("uri", uri)
        .text("version", VERSION)
        .texts("extensions", EXTENSIONS)
        .date("publishedDate", published)
        .objects("releases", releases.stream().map(Release::json).toList())
        .object("publisher", publisher)
        .text("license", settings.license())
        .text("publicationPolicy", settings.publicationPolicy())
        .object("links", pages)
        .build();
  }
}
