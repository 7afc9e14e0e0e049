package nl.kringkoop.partnership.control;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the firms a page has offered as partners, kept with the page so that a chosen id can
 * be shown by name again without asking the registry.
 */
public final class PartnerLabels implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<Long, String> labels = new HashMap<>();

  /** Remembers the names of firms found and returns their ids in the order found. */
  public List<Long> remember(Map<Long, String> found) {
    labels.putAll(found);
    return List.copyOf(found.keySet());
  }

  public void put(long organisationId, String label) {
    labels.put(organisationId, label);
  }

  public String of(Long organisationId) {
    return organisationId == null ? "" : labels.getOrDefault(organisationId, "#" + organisationId);
  }
}
