package nl.kringkoop.matching.engine;

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
 * Ranking one need's top 20 in generated markets of 10,000 to 1,000,000 firms, on one thread. The
 * set-up also prints the heap the index takes. Run with {@code mvn -Pbench}; results and method in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class MatchingBenchmark {

  /** The market and needs both benchmarks generate. */
  static final long SEED = 20_261_125L;

  static final int NEEDS = 256;

  @Param({"10000", "100000", "1000000"})
  int firms;

  private Ranking ranking;
  private NeedFacts[] needs;
  private int next;

  @Setup(Level.Trial)
  public void buildMarket() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    GeneratedMarket market = new GeneratedMarket(SEED);
    long start = System.nanoTime();
    SupplierIndex index = market.index(firms);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long after = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf(
        "%nindex of %,d firms: about %,d MB of heap, generated and put in %.1f s%n",
        index.size(), (after - before) >> 20, seconds);
    ranking = new Ranking(index, new MatchScorer(MatchingPolicy.defaults()));
    needs = new NeedFacts[NEEDS];
    for (int i = 0; i < NEEDS; i++) {
      needs[i] = market.need();
    }
  }

  @Benchmark
  public Ranking.Result topTwenty() {
    NeedFacts need = needs[next++ & (NEEDS - 1)];
    return ranking.rank(need, 20, id -> 0);
  }
}
