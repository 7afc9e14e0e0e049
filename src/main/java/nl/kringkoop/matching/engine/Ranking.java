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
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    return index.read(() -> new Scan(need, limit, invitations).run());
  }

  /**
   * One ranking: scores each candidate from the division arrays, keeps the best in a heap whose
   * weakest entry sets the bar, and skips a firm whose score with a full track record would land in
   * a lower tie bucket; only firms with references that pass that bar have them read.
   */
  private final class Scan implements SupplierIndex.Candidates {

    private final NeedFacts need;
    private final int limit;
    private final Comparator<Scored> better;
    private final PriorityQueue<Scored> best;
    private final ExclusionList exclusions = new ExclusionList();
    private final Weights weights;
    private final NeedTables tables;
    private final LongToIntFunction invitations;

    /** The tie bucket of the weakest match kept once the heap is full; lower ones cannot enter. */
    private long bar = Long.MIN_VALUE;

    /** The lowest score in that bucket, less the rounding of {@link NeedTables#bound}. */
    private double lowestEntering = Double.NEGATIVE_INFINITY;

    Scan(NeedFacts need, int limit, LongToIntFunction invitations) {
      this.need = need;
      this.limit = limit;
      this.invitations = invitations;
      this.better = this::compare;
      this.best = new PriorityQueue<>(Math.min(limit, 1_024) + 1, better);
      this.weights = scorer.weigh(need);
      this.tables = new NeedTables(need, weights, index.places(), index.profiles());
    }

    Result run() {
      index.forEachCandidate(need, this);
      List<Scored> top = new ArrayList<>(best);
      top.sort(better.reversed());
      List<Match> matches =
          top.stream().map(s -> scorer.explain(need, index.factsAt(s.slot))).toList();
      return new Result(matches, exclusions);
    }

    @Override
    public void accept(DivisionPostings division, int entry, int depthSum) {
      if (tables.hasKnockOuts() && knockedOut(division, entry)) {
        return;
      }
      if (depthSum == 0 || limit == 0) {
        return;
      }
      int profile = division.profile(entry);
      if (tables.bound(
              depthSum,
              division.strategies(entry),
              division.place(entry),
              division.capacity(entry),
              profile,
              division.certificates(entry))
          < lowestEntering) {
        return;
      }
      boolean hasReferences = tables.hasReferences(profile);
      double score = score(division, entry, depthSum, hasReferences ? 1 : 0);
      if (Math.round(score / TIE) < bar) {
        return;
      }
      int slot = division.slot(entry);
      if (hasReferences) {
        int referenceDepth = index.referenceDepth(slot, need);
        score = score(division, entry, depthSum, MatchScorer.trackRecord(referenceDepth));
      }
      offer(new Scored(slot, division.id(entry), score));
    }

    /** The exact score, with the track record given: the same as scoring the firm's facts. */
    private double score(DivisionPostings division, int entry, int depthSum, double trackRecord) {
      int profile = division.profile(entry);
      return weights.mean(
          MatchScorer.capability(need, depthSum),
          tables.circularity(division.strategies(entry)),
          tables.locality(division.place(entry)),
          MatchScorer.capacity(need.value(), division.capacity(entry)),
          tables.social(profile),
          tables.certification(division.certificates(entry)),
          trackRecord,
          tables.verification(profile));
    }

    private boolean knockedOut(DivisionPostings division, int entry) {
      int missing = need.requiredCertificates() & ~division.certificates(entry);
      if (missing != 0) {
        exclusions.addMissingCertificates(division.id(entry), missing);
        return true;
      }
      if (tables.outOfReach(division.place(entry), division.reach(entry))) {
        exclusions.addOutOfReach(division.id(entry), division.reach(entry));
        return true;
      }
      return false;
    }

    private void offer(Scored candidate) {
      if (best.size() < limit) {
        best.add(candidate);
      } else if (compare(candidate, best.peek()) > 0) {
        best.poll();
        best.add(candidate);
      }
      if (best.size() == limit) {
        bar = best.peek().bucket;
        lowestEntering = (bar - 0.5) * TIE - NeedTables.ROUNDING;
      }
    }

    /**
     * Which is better: the higher tie bucket, then the firm invited fewer times, then the lower id.
     */
    private int compare(Scored a, Scored b) {
      int byScore = Long.compare(a.bucket, b.bucket);
      if (byScore != 0) {
        return byScore;
      }
      int byExposure = Integer.compare(-a.invitations(invitations), -b.invitations(invitations));
      return byExposure != 0 ? byExposure : Long.compare(-a.id, -b.id);
    }
  }

  /** A firm in the heap; how often it was invited is asked only when a tie needs it. */
  private static final class Scored {
    final int slot;
    final long id;
    final double score;
    final long bucket;
    private boolean invitationsKnown;
    private int invitations;

    Scored(int slot, long id, double score) {
      this.slot = slot;
      this.id = id;
      this.score = score;
      this.bucket = Math.round(score / TIE);
    }

    int invitations(LongToIntFunction invited) {
      if (!invitationsKnown) {
        invitations = invited.applyAsInt(id);
        invitationsKnown = true;
      }
      return invitations;
    }
  }
}
