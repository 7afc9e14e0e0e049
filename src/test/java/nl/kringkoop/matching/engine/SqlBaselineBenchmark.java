package nl.kringkoop.matching.engine;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The SQL baseline: the same top-20 ranking as {@link MatchingBenchmark}, for the same generated
 * market and needs, as one query per need on MariaDB/MySQL ({@link SqlRanking}). The set-up wipes
 * and migrates the database named by {@code bench.db.url} (its name must end in {@code _bench};
 * default {@code kringkoop_bench} on 127.0.0.1:3306, created when missing, as root without a
 * password, the local development default) and fills it with batch inserts. Run with {@code mvn
 * -Pbench -Dbench.args="SqlBaselineBenchmark"}; results and method in docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class SqlBaselineBenchmark {

  private static final String URL =
      System.getProperty(
          "bench.db.url",
          "jdbc:mysql://127.0.0.1:3306/kringkoop_bench?createDatabaseIfNotExist=true"
              + "&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true");
  private static final String USER = System.getProperty("bench.db.user", "root");
  private static final String PASSWORD = System.getProperty("bench.db.password", "");
  private static final int TOP = 20;
  private static final int COMPARED_NEEDS = 32;

  @Param({"100000"})
  int firms;

  private Connection connection;
  private SqlRanking ranking;
  private NeedFacts[] needs;
  private int next;

  @Setup(Level.Trial)
  public void fillDatabase() throws SQLException {
    connection = connect();
    if (connection.getCatalog() == null || !connection.getCatalog().endsWith("_bench")) {
      throw new IllegalStateException(
          "SqlBaselineBenchmark wipes its database, so the name in bench.db.url must end in"
              + " _bench; it is "
              + connection.getCatalog());
    }
    GeneratedMarket market = new GeneratedMarket(MatchingBenchmark.SEED);
    List<SupplierFacts> generated = new ArrayList<>(firms);
    for (long id = 1; id <= firms; id++) {
      generated.add(market.firm(id));
    }
    needs = new NeedFacts[MatchingBenchmark.NEEDS];
    for (int i = 0; i < needs.length; i++) {
      needs[i] = market.need();
    }
    long start = System.nanoTime();
    SqlMarket.migrate(URL, USER, PASSWORD);
    SqlMarket.fill(connection, generated);
    System.out.printf(
        "%n%s: schema migrated and %,d firms written in %.1f s%n",
        connection.getMetaData().getDatabaseProductVersion(),
        firms,
        (System.nanoTime() - start) / 1e9);
    ranking = new SqlRanking(connection, MatchingPolicy.defaults());
    compareWithTheEngine(generated);
  }

  @TearDown(Level.Trial)
  public void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  @Benchmark
  public List<Long> topTwenty() throws SQLException {
    return ranking.rank(needs[next++ & (MatchingBenchmark.NEEDS - 1)], TOP);
  }

  private static Connection connect() {
    try {
      return DriverManager.getConnection(URL, USER, PASSWORD);
    } catch (SQLException unreachable) {
      throw new IllegalStateException(
          "SqlBaselineBenchmark needs MariaDB or MySQL: cannot connect to "
              + URL
              + " as "
              + USER
              + " (set -Dbench.db.url, -Dbench.db.user and -Dbench.db.password): "
              + unreachable.getMessage(),
          unreachable);
    }
  }

  /** How many of the engine's top 20 the query also finds, so the comparison stays fair. */
  private void compareWithTheEngine(List<SupplierFacts> generated) throws SQLException {
    SupplierIndex index = new SupplierIndex();
    generated.forEach(index::put);
    Ranking engine = new Ranking(index, new MatchScorer(MatchingPolicy.defaults()));
    int shared = 0;
    for (int i = 0; i < COMPARED_NEEDS; i++) {
      Set<Long> expected = new HashSet<>();
      engine.rank(needs[i], TOP, id -> 0).matches().forEach(m -> expected.add(m.supplierId()));
      expected.retainAll(ranking.rank(needs[i], TOP));
      shared += expected.size();
    }
    System.out.printf(
        "the query finds %.1f of the engine's top %d on average (%d needs)%n",
        (double) shared / COMPARED_NEEDS, TOP, COMPARED_NEEDS);
  }
}
