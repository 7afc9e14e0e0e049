package nl.kringkoop.matching.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
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
 * prints how many needs get proposals, how large the candidate pools are and the processor time per
 * need. Run with {@code mvn -Pbench}; results and method in docs/performance.md.
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

  /**
   * Proposals and pools of every need, and the processor time of this thread per need, which other
   * work on a shared machine disturbs less than the wall-clock time JMH measures.
   */
  private void describe() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int proposed = 0;
    int solo = 0;
    long pooled = 0;
    long members = 0;
    long proposals = 0;
    long[] gathering = new long[NEEDS];
    long[] proposing = new long[NEEDS];
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < NEEDS; i++) {
        long start = threads.getCurrentThreadCpuTime();
        List<Candidate> pool = candidates.gather(needs[i], new Requirements(needs[i]));
        long gathered = threads.getCurrentThreadCpuTime();
        PartnershipSearch.Result result = search.propose(needs[i], 5);
        gathering[i] = gathered - start;
        proposing[i] = threads.getCurrentThreadCpuTime() - gathered;
        if (round == 0) {
          proposed += result.proposals().isEmpty() ? 0 : 1;
          solo += result.soloPossible() ? 1 : 0;
          pooled += pool.size();
          proposals += result.proposals().size();
          members += result.proposals().stream().map(Proposal::members).mapToInt(List::size).sum();
        }
      }
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
    System.out.printf(
        "processor time per need (second round), median / p90: candidates %s, five proposals in all %s%n",
        percentiles(gathering), percentiles(proposing));
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "%.2f / %.2f ms", sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6);
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
