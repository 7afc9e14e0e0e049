package nl.kringkoop.opendata.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.opendata.control.ReleaseWriter.Release;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open data component's entry: OCDS release packages for one published tender, or for every
 * tender published or changed in a period, page by page. Each package is read in one transaction so
 * that its releases show one consistent state.
 */
@ApplicationScoped
@Transactional
public class OcdsReleases {

  @Inject TenderProcesses processes;

  @Inject
  @ConfigProperty(name = "ocds.ocid-prefix", defaultValue = "ocds-kringkoop")
  String ocidPrefix;

  @Inject
  @ConfigProperty(name = "ocds.publisher.name", defaultValue = "Kringkoop")
  String publisherName;

  @Inject
  @ConfigProperty(name = "ocds.publisher.uri")
  Optional<String> publisherUri;

  @Inject
  @ConfigProperty(
      name = "ocds.license",
      defaultValue = "https://creativecommons.org/publicdomain/zero/1.0/")
  String license;

  @Inject
  @ConfigProperty(name = "ocds.publication-policy")
  Optional<String> publicationPolicy;

  @Inject
  @ConfigProperty(name = "app.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  private OcdsSettings settings;

  @PostConstruct
  void configure() {
    settings =
        new OcdsSettings(
            ocidPrefix,
            publisherName,
            publisherUri.orElse(null),
            license,
            publicationPolicy.orElse(null),
            URI.create(baseUrl));
  }

  /** The package of a published tender; empty for a draft or an unknown id. */
  public Optional<JsonObject> tender(long tenderId) {
    return processes
        .published(tenderId)
        .map(process -> new ReleaseWriter(settings).write(process))
        .map(
            release ->
                ReleasePackage.of(
                    settings,
                    settings.link("api/v1/ocds/tenders/" + tenderId),
                    List.of(release),
                    Map.of()));
  }

  /** One page of a period's releases; empty when the page has none. */
  public Optional<JsonObject> releases(ReleaseQuery query) {
    List<Long> ids =
        processes.changed(query.start(), query.end(), query.firstResult(), query.size());
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    ReleaseWriter writer = new ReleaseWriter(settings);
    List<Release> releases =
        ids.stream()
            .map(processes::published)
            .flatMap(Optional::stream)
            .map(writer::write)
            .toList();
    Map<String, String> links = new LinkedHashMap<>();
    long total = processes.countChanged(query.start(), query.end());
    if ((long) query.firstResult() + ids.size() < total) {
      links.put("next", settings.link(query.path(query.page() + 1)));
    }
    if (query.page() > 0) {
      links.put("prev", settings.link(query.path(query.page() - 1)));
    }
    return Optional.of(
        ReleasePackage.of(settings, settings.link(query.path(query.page())), releases, links));
  }
}
