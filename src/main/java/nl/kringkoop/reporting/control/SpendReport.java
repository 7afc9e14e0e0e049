package nl.kringkoop.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.platform.persistence.DatabaseMigration;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Percentages;
import nl.kringkoop.reporting.control.SpendFigures.RegionSlice;
import nl.kringkoop.reporting.control.SpendFigures.SizeRow;
import nl.kringkoop.reporting.control.SpendFigures.Slice;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import nl.kringkoop.reporting.control.SpendFigures.Totals;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * Reads a municipality's spend report from {@code spend_summary} with a handful of grouped queries,
 * each limited to the buyer and year of its index {@code (buyer_id, spend_year)}, so the dashboard
 * costs the same whether the year has a thousand invoices or a million. Plain JDBC on a data
 * source, so that a benchmark can run the very same queries outside the container.
 */
@ApplicationScoped
public class SpendReport {

  private static final String SUMS_BY_MONTH =
      "SELECT spend_month, SUM(amount),"
          + " SUM(CASE WHEN circular THEN amount ELSE 0 END),"
          + " SUM(CASE WHEN locality IN ('MUNICIPALITY', 'REGION') THEN amount ELSE 0 END),"
          + " SUM(CASE WHEN size_class <> 'LARGE' THEN amount ELSE 0 END),"
          + " SUM(CASE WHEN social_enterprise THEN amount ELSE 0 END)"
          + " FROM spend_summary WHERE %s GROUP BY spend_month";
  private static final String SUMS_BY_STRATEGY =
      "SELECT r_strategy, SUM(amount) FROM spend_summary WHERE %s GROUP BY r_strategy";
  private static final String SUMS_BY_DEPARTMENT =
      "SELECT department, SUM(amount) FROM spend_summary WHERE %s GROUP BY department";
  private static final String SUMS_BY_REGION =
      "SELECT s.recipient_region, r.name, s.total FROM (SELECT recipient_region,"
          + " SUM(amount) AS total FROM spend_summary WHERE %s GROUP BY recipient_region) s"
          + " LEFT JOIN corop_region r ON r.code = s.recipient_region";
  private static final String SUMS_BY_FIRM_AND_PAYMENT =
      "SELECT size_class, social_enterprise, payment, SUM(amount), SUM(invoices)"
          + " FROM spend_summary WHERE %s GROUP BY size_class, social_enterprise, payment";
  private static final String YEARS =
      "SELECT DISTINCT spend_year FROM spend_summary WHERE buyer_id = ?";
  private static final String DEPARTMENTS =
      "SELECT DISTINCT department FROM spend_summary WHERE buyer_id = ? AND spend_year = ?"
          + " ORDER BY department";
  private static final String TARGETS =
      "SELECT circular_percent, local_percent, sme_percent, social_percent FROM spend_target"
          + " WHERE buyer_id = ? AND target_year = ?";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  public SpendReport() {}

  /** For use outside the container (benchmarks): the same queries on any data source. */
  public SpendReport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public SpendFigures figures(ReportScope scope) {
    try (Connection connection = dataSource.getConnection()) {
      return SpendFigures.assemble(
          scope.year(), rows(connection, scope), targets(connection, scope));
    } catch (SQLException failed) {
      throw new IllegalStateException(
          "Cannot read the spend summary: " + failed.getMessage(), failed);
    }
  }

  /** The years in which the municipality has spend, in no particular order. */
  public List<Integer> years(long buyerId) {
    List<Integer> years = new ArrayList<>();
    read(YEARS, List.of(buyerId), row -> years.add(row.getInt(1)));
    return years;
  }

  /** The departments the municipality's spend of a year was booked on, by name. */
  public List<String> departments(long buyerId, int year) {
    List<String> departments = new ArrayList<>();
    read(DEPARTMENTS, List.of(buyerId, year), row -> departments.add(row.getString(1)));
    return departments;
  }

  private void read(String sql, List<Object> parameters, RowReader reader) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          reader.read(row);
        }
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(
          "Cannot read the spend summary: " + failed.getMessage(), failed);
    }
  }

  private SummaryRows rows(Connection connection, ReportScope scope) throws SQLException {
    List<MonthRow> months = new ArrayList<>();
    query(
        connection,
        SUMS_BY_MONTH,
        scope,
        row ->
            months.add(
                new MonthRow(
                    row.getInt(1),
                    new Totals(
                        amount(row, 2),
                        amount(row, 3),
                        amount(row, 4),
                        amount(row, 5),
                        amount(row, 6)))));
    List<Slice> strategies = new ArrayList<>();
    query(
        connection,
        SUMS_BY_STRATEGY,
        scope,
        row -> strategies.add(new Slice(row.getString(1), amount(row, 2))));
    List<Slice> departments = new ArrayList<>();
    query(
        connection,
        SUMS_BY_DEPARTMENT,
        scope,
        row -> departments.add(new Slice(row.getString(1), amount(row, 2))));
    List<RegionSlice> regions = new ArrayList<>();
    query(
        connection,
        SUMS_BY_REGION,
        scope,
        row ->
            regions.add(
                new RegionSlice(trimmed(row.getString(1)), row.getString(2), amount(row, 3))));
    List<SizeRow> sizes = new ArrayList<>();
    Map<PaymentStatus, Long> invoices = new EnumMap<>(PaymentStatus.class);
    query(
        connection,
        SUMS_BY_FIRM_AND_PAYMENT,
        scope,
        row -> {
          sizes.add(
              new SizeRow(SizeClass.valueOf(row.getString(1)), row.getBoolean(2), amount(row, 4)));
          invoices.merge(PaymentStatus.valueOf(row.getString(3)), row.getLong(5), Long::sum);
        });
    return new SummaryRows(months, strategies, departments, regions, sizes, invoices);
  }

  private static Optional<Percentages> targets(Connection connection, ReportScope scope)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TARGETS)) {
      statement.setLong(1, scope.buyerId());
      statement.setInt(2, scope.year());
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(
                new Percentages(
                    row.getBigDecimal(1),
                    row.getBigDecimal(2),
                    row.getBigDecimal(3),
                    row.getBigDecimal(4)))
            : Optional.empty();
      }
    }
  }

  /** Runs one grouped query with the scope's conditions, all of them parameters. */
  private static void query(Connection connection, String sql, ReportScope scope, RowReader reader)
      throws SQLException {
    StringBuilder where = new StringBuilder("buyer_id = ? AND spend_year = ?");
    scope.department().ifPresent(department -> where.append(" AND department = ?"));
    scope.region().ifPresent(region -> where.append(" AND recipient_region = ?"));
    try (PreparedStatement statement = connection.prepareStatement(sql.formatted(where))) {
      int index = 1;
      statement.setLong(index++, scope.buyerId());
      statement.setInt(index++, scope.year());
      if (scope.department().isPresent()) {
        statement.setString(index++, scope.department().get());
      }
      if (scope.region().isPresent()) {
        statement.setString(index, scope.region().get());
      }
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          reader.read(row);
        }
      }
    }
  }

  private static BigDecimal amount(ResultSet row, int column) throws SQLException {
    BigDecimal amount = row.getBigDecimal(column);
    return amount == null
        ? SpendFigures.zero()
        : amount.setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static String trimmed(String code) {
    return code == null ? null : code.strip();
  }

  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }
}
