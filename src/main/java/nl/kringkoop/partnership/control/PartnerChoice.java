package nl.kringkoop.partnership.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.supplier.control.SupplierFilter;
import nl.kringkoop.supplier.control.SupplierFinder;
import nl.kringkoop.supplier.control.SupplierSort;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * Suggestions for consortium partners while a supplier types a firm's name: registered suppliers
 * other than the typing firm, by organisation id, labelled with name, KVK number and place.
 */
@ApplicationScoped
public class PartnerChoice {

  private static final int SUGGESTIONS = 10;
  private static final int SHORTEST_QUERY = 2;
  private static final int LONGEST_QUERY = 100;

  @Inject SupplierFinder finder;

  @Inject Accounts accounts;

  public Map<Long, String> find(String query, long ownOrganisationId) {
    Map<Long, String> found = new LinkedHashMap<>();
    String words = query == null ? "" : query.strip();
    if (words.length() < SHORTEST_QUERY || words.length() > LONGEST_QUERY) {
      return found;
    }
    SupplierFilter filter =
        new SupplierFilter(
            List.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, Set.of(), words,
            null);
    for (SupplierProfile profile :
        finder.items(filter, SupplierSort.DEFAULT, new PageRequest(0, SUGGESTIONS + 1))) {
      long id = profile.organisation().id();
      if (id != ownOrganisationId && found.size() < SUGGESTIONS) {
        found.put(id, label(profile.organisation()));
      }
    }
    return found;
  }

  /**
   * The label of a firm suggested by other means (such as the matching engine): empty when the id
   * is not an active supplier.
   */
  public Optional<String> label(long organisationId) {
    return accounts
        .organisation(organisationId)
        .filter(o -> o.kind() == OrganisationKind.SUPPLIER && !o.isRemoved())
        .map(PartnerChoice::label);
  }

  private static String label(Organisation firm) {
    StringBuilder label = new StringBuilder(firm.name());
    firm.kvkNumber().ifPresent(kvk -> label.append(" · KVK ").append(kvk));
    firm.location().ifPresent(place -> label.append(" · ").append(place));
    return label.toString();
  }
}
