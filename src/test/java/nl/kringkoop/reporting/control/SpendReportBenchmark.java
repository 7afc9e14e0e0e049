package nl.kringkoop.reporting.control;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.kringkoop.contract.control.SpendSummary;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The spend dashboard on a big year: one municipality with a million invoices in the measured year
 * (and a fifth of that the year before, so the index has something to skip), attributed to 2,000
 * firms through 3,000 contracts. {@link #dashboard} runs every query the dashboard page makes
 * ({@link SpendReport}, {@link TenderOutcomes}, the filter choices); {@link #rebuildSummary} runs
 * what an import pays after changing a year: the summary's delete and grouped insert, the same
 * statements as {@code SpendSummary.rebuild}. Ten more municipalities get copies of the summary, so
 * the measured year is a small part of the table, as in a shared production database. The set-up
 * wipes and migrates the database named by {@code bench.db.url} (its name must end in {@code
 * _bench}). Run with {@code mvn -Pbench -Dbench.args="SpendReportBenchmark"}; results and method in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
public class SpendReportBenchmark {

  static final long BUYER = 1;
  static final int YEAR = 2026;

  private static final String URL =
      System.getProperty(
          "bench.db.url",
          "jdbc:mysql://127.0.0.1:3306/kringkoop_bench?createDatabaseIfNotExist=true"
              + "&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true");
  private static final String USER = System.getProperty("bench.db.user", "root");
  private static final String PASSWORD = System.getProperty("bench.db.password", "");

  /** The application's own statement ({@code SpendSummary.rebuild} of a year). */
  private static final String REBUILD = SpendSummary.refill("buyer_id = ? AND spend_year = ?");

  private static final int OTHER_MUNICIPALITIES = 10;

  @Param({"1000000"})
  int invoices;

  private Connection connection;
  private SpendReport report;
  private TenderOutcomes outcomes;

  @Setup(Level.Trial)
  public void fillDatabase() throws SQLException {
    connection = connect();
    if (connection.getCatalog() == null || !connection.getCatalog().endsWith("_bench")) {
      throw new IllegalStateException(
          "SpendReportBenchmark wipes its database, so the name in bench.db.url must end in"
              + " _bench; it is "
              + connection.getCatalog());
    }
    long start = System.nanoTime();
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(URL, USER, PASSWORD)
            .locations("classpath:db/migration/common")
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    GeneratedSpend spend = new GeneratedSpend(connection);
    long shares = spend.fill(invoices, YEAR) + spend.fill(invoices / 5, YEAR - 1);
    System.out.printf(
        "%n%s: schema migrated, %,d invoices as %,d spend shares written in %.1f s%n",
        connection.getMetaData().getDatabaseProductVersion(),
        invoices + invoices / 5,
        shares,
        (System.nanoTime() - start) / 1e9);
    for (int year : List.of(YEAR - 1, YEAR)) {
      long rebuild = System.nanoTime();
      rebuild(year);
      System.out.printf(
          "first rebuild of %d: %.1f s, %,d summary rows%n",
          year, (System.nanoTime() - rebuild) / 1e9, summaryRows(year));
    }
    otherMunicipalities();
    try (Statement statement = connection.createStatement()) {
      statement.execute("ANALYZE TABLE spend_share, spend_summary");
    }
    explain();
    DataSource shared = sharing(connection);
    report = new SpendReport(shared);
    outcomes = new TenderOutcomes(shared);
  }

  @TearDown(Level.Trial)
  public void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  /** Everything the dashboard reads for a year: figures, targets, tenders and filter choices. */
  @Benchmark
  public void dashboard(Blackhole sink) {
    sink.consume(report.figures(ReportScope.of(BUYER, YEAR)));
    sink.consume(outcomes.of(BUYER, YEAR));
    sink.consume(report.years(BUYER));
    sink.consume(report.departments(BUYER, YEAR));
  }

  /** The dashboard narrowed to one department and the firms of the buyer's own region. */
  @Benchmark
  public void dashboardFiltered(Blackhole sink) {
    sink.consume(
        report.figures(
            new ReportScope(
                BUYER,
                YEAR,
                java.util.Optional.of(GeneratedSpend.DEPARTMENTS[0]),
                java.util.Optional.of(GeneratedSpend.BUYER_REGION))));
  }

  /** What an import pays after changing the year: the summary rebuilt from a million invoices. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 1)
  @Measurement(iterations = 3)
  public void rebuildSummary() throws SQLException {
    rebuild(YEAR);
  }

  /**
   * Gives the summary the neighbours a shared database has: ten more municipalities with the same
   * two years, so that the measured year is one part in twenty-two of the table, as it would be in
   * production, and the index {@code (buyer_id, spend_year)} is worth using.
   */
  private void otherMunicipalities() throws SQLException {
    String copy =
        "INSERT INTO spend_summary ("
            + SpendSummary.COLUMNS
            + ", amount, invoices) SELECT ?, "
            + SpendSummary.COLUMNS.substring(SpendSummary.COLUMNS.indexOf(',') + 1)
            + ", amount, invoices FROM spend_summary WHERE buyer_id = ?";
    try (PreparedStatement insert = connection.prepareStatement(copy)) {
      for (long buyer = BUYER + 1; buyer <= BUYER + OTHER_MUNICIPALITIES; buyer++) {
        insert.setLong(1, buyer);
        insert.setLong(2, BUYER);
        insert.executeUpdate();
      }
    }
  }

  /** Prints how the database runs the month query, to show the index at work. */
  private void explain() throws SQLException {
    try (PreparedStatement explain =
        connection.prepareStatement(
            "EXPLAIN SELECT spend_month, SUM(amount) FROM spend_summary"
                + " WHERE buyer_id = ? AND spend_year = ? GROUP BY spend_month")) {
      explain.setLong(1, BUYER);
      explain.setInt(2, YEAR);
      try (var row = explain.executeQuery()) {
        while (row.next()) {
          System.out.printf(
              "month query plan: type %s, key %s, rows %s, %s%n",
              row.getString("type"),
              row.getString("key"),
              row.getString("rows"),
              row.getString("Extra"));
        }
      }
    }
  }

  private void rebuild(int year) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM spend_summary WHERE buyer_id = ? AND spend_year = ?");
        PreparedStatement insert = connection.prepareStatement(REBUILD)) {
      delete.setLong(1, BUYER);
      delete.setInt(2, year);
      delete.executeUpdate();
      insert.setLong(1, BUYER);
      insert.setInt(2, year);
      insert.executeUpdate();
      connection.commit();
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private long summaryRows(int year) throws SQLException {
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM spend_summary WHERE buyer_id = ? AND spend_year = ?")) {
      count.setLong(1, BUYER);
      count.setInt(2, year);
      try (var row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Connection connect() {
    try {
      return DriverManager.getConnection(URL, USER, PASSWORD);
    } catch (SQLException unreachable) {
      throw new IllegalStateException(
          "SpendReportBenchmark needs MariaDB or MySQL: cannot connect to "
              + URL
              + " as "
              + USER
              + " (set -Dbench.db.url, -Dbench.db.user and -Dbench.db.password): "
              + unreachable.getMessage(),
          unreachable);
    }
  }

  /**
   * A data source that hands out the one open connection and ignores closing it, as the application
   * server's pool hands out a warm connection: the benchmark measures queries, not connection
   * set-up.
   */
  private static DataSource sharing(Connection connection) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    "close".equals(method.getName()) ? null : invoke(connection, method, args));
    MysqlDataSource base = new MysqlDataSource();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) ->
                "getConnection".equals(method.getName()) ? kept : invoke(base, method, args));
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException failed) {
      throw failed.getCause();
    }
  }
}
