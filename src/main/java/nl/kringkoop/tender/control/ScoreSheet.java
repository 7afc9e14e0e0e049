package nl.kringkoop.tender.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The committee's evaluation of the final offers. Each quality criterion's consensus score is the
 * mean of the members' scores (0 to 10); the price score is 10 times the lowest price among the
 * offers for the same lot divided by the offer's price; the weighted total (0 to 100) adds each
 * score times its weight divided by 10. Plain Java so that the arithmetic is unit-tested.
 */
public final class ScoreSheet {

  static final BigDecimal TOP_SCORE = BigDecimal.TEN;
  private static final int SCALE = 2;

  private final List<String> criteria;
  private final List<Integer> weights;
  private final int priceWeight;
  private final Set<String> committee;
  private final List<Offer> offers;
  private final List<MemberScore> scores;

  public ScoreSheet(
      List<String> criteria,
      List<Integer> weights,
      int priceWeight,
      Set<String> committee,
      List<Offer> offers,
      List<MemberScore> scores) {
    this.criteria = List.copyOf(criteria);
    this.weights = List.copyOf(weights);
    this.priceWeight = priceWeight;
    this.committee = Set.copyOf(committee);
    this.offers = List.copyOf(offers);
    this.scores = List.copyOf(scores);
  }

  /** An offer to evaluate: its response, lot (null for the whole tender) and price. */
  public record Offer(long responseId, Long lotId, BigDecimal price) {}

  /** One member's score for one criterion of one offer. */
  public record MemberScore(long responseId, int criterion, String member, BigDecimal score) {}

  /** The outcome for one offer: consensus per criterion, price score, total and rank in its lot. */
  public record Result(
      long responseId,
      Long lotId,
      List<Optional<BigDecimal>> consensus,
      BigDecimal priceScore,
      BigDecimal total,
      int rank) {}

  /** Whether every committee member has scored every quality criterion of every offer. */
  public boolean isComplete() {
    if (offers.isEmpty() || committee.isEmpty()) {
      return false;
    }
    for (Offer offer : offers) {
      for (int c = 0; c < criteria.size(); c++) {
        for (String member : committee) {
          if (find(offer.responseId(), c, member).isEmpty()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The results, best first within each lot, lots in the order of their first offer. */
  public List<Result> results() {
    Map<Long, List<Offer>> perLot =
        offers.stream()
            .collect(
                Collectors.groupingBy(ScoreSheet::lotKey, LinkedHashMap::new, Collectors.toList()));
    List<Result> results = new ArrayList<>();
    for (List<Offer> lotOffers : perLot.values()) {
      BigDecimal lowest =
          lotOffers.stream().map(Offer::price).min(Comparator.naturalOrder()).orElseThrow();
      List<Result> unranked = new ArrayList<>();
      for (Offer offer : lotOffers) {
        unranked.add(evaluate(offer, lowest));
      }
      unranked.sort(
          Comparator.comparing(Result::total)
              .reversed()
              .thenComparing(r -> priceOf(r.responseId()))
              .thenComparing(Result::responseId));
      for (int i = 0; i < unranked.size(); i++) {
        Result r = unranked.get(i);
        results.add(
            new Result(r.responseId(), r.lotId(), r.consensus(), r.priceScore(), r.total(), i + 1));
      }
    }
    return results;
  }

  private Result evaluate(Offer offer, BigDecimal lowest) {
    List<Optional<BigDecimal>> consensus = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (int c = 0; c < criteria.size(); c++) {
      Optional<BigDecimal> mean = mean(offer.responseId(), c);
      consensus.add(mean);
      total = total.add(weighted(mean.orElse(BigDecimal.ZERO), weights.get(c)));
    }
    BigDecimal priceScore =
        offer.price().signum() == 0
            ? TOP_SCORE
            : TOP_SCORE.multiply(lowest).divide(offer.price(), SCALE, RoundingMode.HALF_UP);
    total = total.add(weighted(priceScore, priceWeight));
    return new Result(
        offer.responseId(),
        offer.lotId(),
        consensus,
        priceScore,
        total.setScale(SCALE, RoundingMode.HALF_UP),
        0);
  }

  private static BigDecimal weighted(BigDecimal score, int weight) {
    return score.multiply(BigDecimal.valueOf(weight)).divide(TOP_SCORE, 4, RoundingMode.HALF_UP);
  }

  private Optional<BigDecimal> mean(long responseId, int criterion) {
    List<BigDecimal> given =
        scores.stream()
            .filter(s -> s.responseId() == responseId && s.criterion() == criterion)
            .filter(s -> committee.contains(s.member()))
            .map(MemberScore::score)
            .toList();
    if (given.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(given.size()), SCALE, RoundingMode.HALF_UP));
  }

  private Optional<MemberScore> find(long responseId, int criterion, String member) {
    return scores.stream()
        .filter(
            s ->
                s.responseId() == responseId
                    && s.criterion() == criterion
                    && s.member().equals(member))
        .findFirst();
  }

  private BigDecimal priceOf(long responseId) {
    return offers.stream()
        .filter(o -> o.responseId() == responseId)
        .map(Offer::price)
        .findFirst()
        .orElseThrow();
  }

  private static Long lotKey(Offer offer) {
    return offer.lotId() == null ? Long.valueOf(-1L) : offer.lotId();
  }
}
