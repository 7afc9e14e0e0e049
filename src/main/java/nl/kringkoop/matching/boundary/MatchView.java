package nl.kringkoop.matching.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.matching.control.Matches;
import nl.kringkoop.matching.engine.Contribution;
import nl.kringkoop.matching.engine.Exclusion;
import nl.kringkoop.matching.engine.Match;

/**
 * A tender's match list over the API: ranked firms with each factor's part in their score, the
 * explanation in one sentence, and the firms a knock-out condition excluded.
 */
public record MatchView(
    long tenderId,
    Long lotId,
    boolean matchable,
    List<Result> results,
    int excludedCount,
    List<Excluded> excluded) {

  static final int EXCLUDED_SHOWN = 50;

  /** One ranked firm; its contributions add up to its score (0..1). */
  public record Result(
      int rank,
      long supplierId,
      String name,
      double score,
      String summary,
      List<Part> explanation) {}

  /** One factor's part: value 0..1, weight in the policy, contribution to the score, and why. */
  public record Part(String factor, int weight, double value, double contribution, String reason) {

    static Part of(Contribution c, Locale locale) {
      return new Part(
          c.factor().name(),
          c.weight(),
          round(c.value()),
          round(c.contribution()),
          ReasonText.of(c.reason(), locale));
    }
  }

  /** A firm left out by a knock-out condition, and why. */
  public record Excluded(long supplierId, String reason) {}

  static MatchView of(Matches.MatchList list, Locale locale) {
    List<Match> matches = list.matches();
    Map<Long, String> names = list.names();
    List<Result> results =
        java.util.stream.IntStream.range(0, matches.size())
            .mapToObj(
                i -> {
                  Match m = matches.get(i);
                  return new Result(
                      i + 1,
                      m.supplierId(),
                      names.get(m.supplierId()),
                      round(m.score()),
                      ReasonText.summary(m.explanation(), locale),
                      m.explanation().stream().map(c -> Part.of(c, locale)).toList());
                })
            .toList();
    List<Exclusion> exclusions = list.exclusions();
    return new MatchView(
        list.tender().id(),
        list.lot() == null ? null : list.lot().id(),
        list.matchable(),
        results,
        exclusions.size(),
        exclusions.stream()
            .limit(EXCLUDED_SHOWN)
            .map(e -> new Excluded(e.supplierId(), ReasonText.of(e.reason(), locale)))
            .toList());
  }

  /** Six decimals: enough to add the contributions up to the score, short enough to read. */
  static double round(double value) {
    return Math.round(value * 1_000_000) / 1_000_000.0;
  }
}
