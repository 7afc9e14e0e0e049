package nl.kringkoop.matching.engine;

import java.util.EnumMap;
import java.util.Map;

/**
 * A municipality's weights for the factors, each from 0 to {@value #MAX_WEIGHT}; capability weighs
 * at least {@value #MIN_CAPABILITY}, so a ranking is always about the work asked.
 */
public final class MatchingPolicy {

  public static final int MAX_WEIGHT = 50;
  public static final int MIN_CAPABILITY = 10;

  private final EnumMap<Factor, Integer> weights;

  private MatchingPolicy(Map<Factor, Integer> weights) {
    this.weights = new EnumMap<>(weights);
  }

  /** The documented defaults: capability 30, circularity 15, locality 15, capacity 10, ... */
  public static MatchingPolicy defaults() {
    EnumMap<Factor, Integer> weights = new EnumMap<>(Factor.class);
    weights.put(Factor.CAPABILITY, 30);
    weights.put(Factor.CIRCULARITY, 15);
    weights.put(Factor.LOCALITY, 15);
    weights.put(Factor.CAPACITY, 10);
    weights.put(Factor.SOCIAL_VALUE, 10);
    weights.put(Factor.CERTIFICATION, 5);
    weights.put(Factor.TRACK_RECORD, 10);
    weights.put(Factor.VERIFICATION, 5);
    return new MatchingPolicy(weights);
  }

  /**
   * A policy with the given weights; missing factors keep their default.
   *
   * @throws IllegalArgumentException naming the first weight out of bounds
   */
  public static MatchingPolicy of(Map<Factor, Integer> chosen) {
    EnumMap<Factor, Integer> weights = new EnumMap<>(defaults().weights);
    weights.putAll(chosen);
    for (Map.Entry<Factor, Integer> weight : weights.entrySet()) {
      int min = minimum(weight.getKey());
      if (weight.getValue() == null || weight.getValue() < min || weight.getValue() > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "weight of " + weight.getKey() + " must be " + min + ".." + MAX_WEIGHT);
      }
    }
    return new MatchingPolicy(weights);
  }

  /** The lowest weight a factor may have. */
  public static int minimum(Factor factor) {
    return factor == Factor.CAPABILITY ? MIN_CAPABILITY : 0;
  }

  public int weight(Factor factor) {
    return weights.get(factor);
  }
}
