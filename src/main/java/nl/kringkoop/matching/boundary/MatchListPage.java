package nl.kringkoop.matching.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.matching.control.Matches;
import nl.kringkoop.matching.control.MatchingIndex;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.SupplierFacts;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.tender.entity.Lot;

/**
 * The officer's match list for a tender: the best firms with their explanation, narrowed by lot,
 * nearness, social enterprise or SME, and how many to show.
 */
@Named
@ViewScoped
public class MatchListPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SME_LIMIT = 2;

  /** The locality value of a firm in the need's COROP region (or its municipality) and up. */
  private static final double SAME_REGION = 0.7;

  @Inject Matches matches;

  @Inject MatchingIndex index;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private Long id;
  private Long lotId;
  private boolean socialOnly;
  private boolean smeOnly;
  private boolean nearOnly;
  private int limit = 20;
  private String title;
  private boolean found;
  private boolean matchable;
  private int excludedCount;
  private List<LotChoice> lots = List.of();
  private List<Row> rows = List.of();
  private List<String> exclusions = List.of();

  /** A lot to narrow the list to. */
  public record LotChoice(long id, String title) {}

  /** One ranked firm on the page. */
  public record Row(
      int rank, long supplierId, String name, int percent, String summary, List<PartRow> parts) {}

  /** One factor's part, as percentages and points of the score. */
  public record PartRow(
      String factor, int valuePercent, int weight, String points, String reason) {}

  public void load() {
    if (id == null) {
      return;
    }
    try {
      search();
      found = true;
    } catch (ProblemException hidden) {
      found = false;
    }
  }

  public void search() {
    Locale locale = language.getLocale();
    Matches.MatchList list = matches.forTender(id, lotId, Matches.LIMIT_MAX, caller());
    title = list.tender().title();
    lots = list.tender().lots().stream().map(MatchListPage::choice).toList();
    MatchView view = MatchView.of(list, locale);
    matchable = view.matchable();
    excludedCount = view.excludedCount();
    exclusions =
        view.excluded().stream()
            .map(e -> nameOf(list, e.supplierId()) + ": " + e.reason())
            .toList();
    rows =
        view.results().stream()
            .filter(this::passesFilters)
            .limit(limit)
            .map(r -> row(r, locale))
            .toList();
  }

  private boolean passesFilters(MatchView.Result result) {
    Optional<SupplierFacts> firm = index.current().get(result.supplierId());
    if (firm.isEmpty()) {
      return false;
    }
    boolean near =
        result.explanation().stream()
            .filter(p -> p.factor().equals(Factor.LOCALITY.name()))
            .anyMatch(p -> p.value() >= SAME_REGION);
    return (!socialOnly || firm.get().socialEnterprise())
        && (!smeOnly || firm.get().sizeClass() <= SME_LIMIT)
        && (!nearOnly || near);
  }

  private static Row row(MatchView.Result result, Locale locale) {
    return new Row(
        result.rank(),
        result.supplierId(),
        result.name(),
        (int) Math.round(result.score() * 100),
        result.summary(),
        result.explanation().stream()
            .map(
                p ->
                    new PartRow(
                        Messages.get(locale, "matching.factor." + p.factor()),
                        (int) Math.round(p.value() * 100),
                        p.weight(),
                        String.format(locale, "%.1f", p.contribution() * 100),
                        p.reason()))
            .toList());
  }

  private static String nameOf(Matches.MatchList list, long supplierId) {
    return list.names().getOrDefault(supplierId, "#" + supplierId);
  }

  private static LotChoice choice(Lot lot) {
    return new LotChoice(lot.id(), lot.title());
  }

  private SignedInCaller caller() {
    return currentUser.caller();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getLotId() {
    return lotId;
  }

  public void setLotId(Long lotId) {
    this.lotId = lotId;
  }

  public boolean isSocialOnly() {
    return socialOnly;
  }

  public void setSocialOnly(boolean socialOnly) {
    this.socialOnly = socialOnly;
  }

  public boolean isSmeOnly() {
    return smeOnly;
  }

  public void setSmeOnly(boolean smeOnly) {
    this.smeOnly = smeOnly;
  }

  public boolean isNearOnly() {
    return nearOnly;
  }

  public void setNearOnly(boolean nearOnly) {
    this.nearOnly = nearOnly;
  }

  public int getLimit() {
    return limit;
  }

  public void setLimit(int limit) {
    this.limit = Math.max(1, Math.min(limit, Matches.LIMIT_MAX));
  }

  public String getTitle() {
    return title;
  }

  public boolean isFound() {
    return found;
  }

  public boolean isMatchable() {
    return matchable;
  }

  public int getExcludedCount() {
    return excludedCount;
  }

  public List<LotChoice> getLots() {
    return lots;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<String> getExclusions() {
    return exclusions;
  }
}
