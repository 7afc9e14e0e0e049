package nl.kringkoop.matching.engine;

import java.util.List;

/** A ranked supplier: its score from 0 to 1 and the contributions that add up to it. */
public record Match(long supplierId, double score, List<Contribution> explanation) {

  public Match {
    explanation = List.copyOf(explanation);
  }
}
