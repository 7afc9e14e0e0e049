package nl.kringkoop.opendata.control;

import java.net.URI;
import java.util.Objects;

/**
 * How this installation publishes: the ocid prefix registered for it, who publishes, under which
 * licence and policy, and the address the application is reached at (links start with it).
 */
public record OcdsSettings(
    String ocidPrefix,
    String publisherName,
    String publisherUri,
    String license,
    String publicationPolicy,
    URI baseUrl) {

  public OcdsSettings {
    Objects.requireNonNull(ocidPrefix, "ocid prefix");
    Objects.requireNonNull(publisherName, "publisher name");
    Objects.requireNonNull(license, "licence");
    publisherUri = blankToNull(publisherUri);
    publicationPolicy = blankToNull(publicationPolicy);
    String root = Objects.requireNonNull(baseUrl, "base URL").toString();
    baseUrl = URI.create(root.endsWith("/") ? root : root + "/");
  }

  /** The open contracting id of a tender's process: prefix, hyphen, tender id. */
  public String ocid(long tenderId) {
    return ocidPrefix + "-" + tenderId;
  }

  /** An absolute address within the application, e.g. {@code api/v1/ocds/tenders/7}. */
  public String link(String path) {
    return baseUrl.resolve(path).toString();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
