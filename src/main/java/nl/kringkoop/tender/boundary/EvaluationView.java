package nl.kringkoop.tender.boundary;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kringkoop.tender.control.ScoreSheet;
import nl.kringkoop.tender.entity.Criterion;
import nl.kringkoop.tender.entity.Tender;

/** The committee's score sheet: consensus per criterion, price score, weighted total and rank. */
public record EvaluationView(
    List<CriterionWeight> criteria,
    int priceWeight,
    Set<String> committee,
    boolean complete,
    List<Result> results) {

  /** A criterion and its weight. */
  public record CriterionWeight(int criterion, String name, int weight) {}

  /** The outcome for one offer. */
  public record Result(
      long responseId,
      String supplier,
      Long lotId,
      List<BigDecimal> consensus,
      BigDecimal priceScore,
      BigDecimal total,
      int rank) {}

  static EvaluationView of(
      Tender tender, ScoreSheet sheet, Map<Long, String> names, boolean showCommittee) {
    List<Criterion> criteria = tender.criteria();
    return new EvaluationView(
        java.util.stream.IntStream.range(0, criteria.size())
            .mapToObj(i -> new CriterionWeight(i, criteria.get(i).name(), criteria.get(i).weight()))
            .toList(),
        tender.priceWeight().orElse(0),
        showCommittee ? tender.committee() : Set.of(),
        sheet.isComplete(),
        sheet.results().stream()
            .map(
                r ->
                    new Result(
                        r.responseId(),
                        names.get(r.responseId()),
                        r.lotId(),
                        r.consensus().stream().map(c -> c.orElse(null)).toList(),
                        r.priceScore(),
                        r.total(),
                        r.rank()))
            .toList());
  }
}
