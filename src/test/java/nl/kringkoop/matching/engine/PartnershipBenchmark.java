package nl.kringkoop.matching.engine;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Proposing five consortia for one need of two to four CPV codes in generated markets of 10,000 to
 * 1,000,000 firms, on one thread; {@code candidates} measures gathering the firms alone (one
 * ranking per code), so the rest of {@code fiveProposals} is the search among them. The set-up
 * prints how many needs get proposals and how large the candidate pools are. Run with {@code mvn
 * -Pbench}; results and method in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class PartnershipBenchmark {

  private static final int NEEDS = 256;

  @Param({"10000", "100000", "1000000"})
  int firms;

  private PartnershipSearch search;
  private PartnerCandidates candidates;
  private NeedFacts[] needs;
  private int next;

  @Setup(Level.Trial)
  public void buildMarket() {
    GeneratedMarket market = new GeneratedMarket(20_261_125L);
    SupplierIndex index = market.index(firms);
    search = new PartnershipSearch(index, MatchingPolicy.defaults());
    candidates = new PartnerCandidates(index, MatchingPolicy.defaults());
    needs = new NeedFacts[NEEDS];
    for (int i = 0; i < NEEDS; i++) {
      needs[i] = market.partnershipNeed();
    }
    describe();
  }

  private void describe() {
    int proposed = 0;
    int solo = 0;
    long pooled = 0;
    long members = 0;
    long proposals = 0;
    for (NeedFacts need : needs) {
      PartnershipSearch.Result result = search.propose(need, 5);
      proposed += result.proposals().isEmpty() ? 0 : 1;
      solo += result.soloPossible() ? 1 : 0;
      pooled += candidates.gather(need, new Requirements(need)).size();
      proposals += result.proposals().size();
      members += result.proposals().stream().map(Proposal::members).mapToInt(List::size).sum();
    }
    System.out.printf(
        "%n%,d firms: %d of %d needs get proposals (%d could be done by one firm);"
            + " %.1f candidates per need, %.1f members per proposal%n",
        firms,
        proposed,
        NEEDS,
        solo,
        pooled / (double) NEEDS,
        members / (double) Math.max(1, proposals));
  }

  @Benchmark
  public PartnershipSearch.Result fiveProposals() {
    return search.propose(needs[next++ & (NEEDS - 1)], 5);
  }

  @Benchmark
  public List<Candidate> candidates() {
    NeedFacts need = needs[next++ & (NEEDS - 1)];
    return candidates.gather(need, new Requirements(need));
  }
}
