package nl.kringkoop.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.LongToIntFunction;

/**
 * Ranks the firms of an index for a need: the best {@code limit} matches with explanations, and the
 * firms a knock-out kept out. Firms with (nearly) equal scores take turns at the top: among scores
 * within {@value #TIE} of each other, the one invited fewer times before comes first.
 */
public final class Ranking {

  /** Scores closer than this are treated as equal, so exposure decides between them. */
  static final double TIE = 0.005;

  private final SupplierIndex index;
  private final MatchScorer scorer;

  public Ranking(SupplierIndex index, MatchScorer scorer) {
    this.index = index;
    this.scorer = scorer;
  }

  /** The outcome: ranked matches, best first, and the exclusions. */
  public record Result(List<Match> matches, List<Exclusion> exclusions) {}

  /**
   * @param invitations how often each firm (by id) was invited before, for fair exposure
   */
  public Result rank(NeedFacts need, int limit, LongToIntFunction invitations) {
    Comparator<Scored> better =
        Comparator.comparingLong((Scored s) -> Math.round(s.score / TIE))
            .thenComparing(s -> -invitations.applyAsInt(s.firm.id()))
            .thenComparing(s -> -s.firm.id());
    PriorityQueue<Scored> best = new PriorityQueue<>(limit + 1, better);
    List<Exclusion> exclusions = new ArrayList<>();
    index.forEachCandidate(
        need,
        slot -> {
          SupplierFacts firm = index.at(slot);
          if (scorer.isKnockedOut(need, firm)) {
            exclusions.add(new Exclusion(firm.id(), scorer.knockOut(need, firm).orElseThrow()));
            return;
          }
          double capability = MatchScorer.capability(need, firm.sharedCpvCodes());
          if (capability == 0) {
            return;
          }
          if (best.size() == limit
              && scorer.bound(need, firm, capability) < best.peek().score - TIE) {
            return;
          }
          best.add(new Scored(firm, scorer.score(need, firm, capability)));
          if (best.size() > limit) {
            best.poll();
          }
        });
    List<Scored> top = new ArrayList<>(best);
    top.sort(better.reversed());
    List<Match> matches = top.stream().map(s -> scorer.explain(need, s.firm)).toList();
    return new Result(matches, exclusions);
  }

  private record Scored(SupplierFacts firm, double score) {}
}
