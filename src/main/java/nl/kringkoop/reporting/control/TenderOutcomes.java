package nl.kringkoop.reporting.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.kringkoop.platform.persistence.DatabaseMigration;
import nl.kringkoop.platform.time.ClockProducer;

/**
 * The outcomes of a municipality's tenders that led to a contract signed in a year: time from
 * publication to contract, responses and SME responses, and the median time. Withdrawn responses do
 * not count. Days and years are counted in the municipality's time zone.
 */
@ApplicationScoped
public class TenderOutcomes {

  /** The outcomes of a year, earliest contract first, and their median days (empty if none). */
  public record Year(int year, List<TenderOutcome> tenders, Optional<BigDecimal> medianDays) {}

  private static final ZoneId ZONE = ClockProducer.DISPLAY_ZONE;
  private static final String OUTCOMES =
      "SELECT t.id, t.title, t.published_at, c.first_signed,"
          + " (SELECT COUNT(*) FROM tender_response r WHERE r.tender_id = t.id"
          + " AND r.status <> 'WITHDRAWN'),"
          + " (SELECT COUNT(*) FROM tender_response r JOIN supplier_profile p"
          + " ON p.organisation_id = r.supplier_id WHERE r.tender_id = t.id"
          + " AND r.status <> 'WITHDRAWN' AND p.size_class <> 'LARGE')"
          + " FROM tender t JOIN (SELECT tender_id, MIN(signed_at) AS first_signed FROM contract"
          + " WHERE buyer_id = ? AND tender_id IS NOT NULL GROUP BY tender_id) c"
          + " ON c.tender_id = t.id"
          + " WHERE t.buyer_id = ? AND t.published_at IS NOT NULL"
          + " AND c.first_signed >= ? AND c.first_signed < ?"
          + " ORDER BY c.first_signed, t.id";

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  public TenderOutcomes() {}

  public TenderOutcomes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public Year of(long buyerId, int year) {
    List<TenderOutcome> outcomes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(OUTCOMES)) {
      statement.setLong(1, buyerId);
      statement.setLong(2, buyerId);
      statement.setObject(3, utc(LocalDate.of(year, 1, 1)));
      statement.setObject(4, utc(LocalDate.of(year + 1, 1, 1)));
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          Instant published = instant(row, 3);
          Instant signed = instant(row, 4);
          outcomes.add(
              new TenderOutcome(
                  row.getLong(1),
                  row.getString(2),
                  published,
                  signed,
                  days(published, signed),
                  row.getInt(5),
                  row.getInt(6)));
        }
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(
          "Cannot read tender outcomes: " + failed.getMessage(), failed);
    }
    return new Year(year, List.copyOf(outcomes), median(outcomes));
  }

  /** Calendar days between publication and signing, as the municipality's calendar counts them. */
  public static long days(Instant published, Instant signed) {
    return ChronoUnit.DAYS.between(
        published.atZone(ZONE).toLocalDate(), signed.atZone(ZONE).toLocalDate());
  }

  /** The median of the outcomes' days, half-way between the middle two for an even count. */
  public static Optional<BigDecimal> median(List<TenderOutcome> outcomes) {
    if (outcomes.isEmpty()) {
      return Optional.empty();
    }
    long[] days = outcomes.stream().mapToLong(TenderOutcome::days).sorted().toArray();
    int middle = days.length / 2;
    BigDecimal median =
        days.length % 2 == 1
            ? BigDecimal.valueOf(days[middle])
            : BigDecimal.valueOf(days[middle - 1] + days[middle])
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    return Optional.of(median.setScale(1, RoundingMode.HALF_UP));
  }

  /** Midnight at the start of a day in the municipality's zone, as the UTC time stored. */
  private static LocalDateTime utc(LocalDate day) {
    return LocalDateTime.ofInstant(day.atStartOfDay(ZONE).toInstant(), ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    LocalDateTime stored = row.getObject(column, LocalDateTime.class);
    return stored.toInstant(ZoneOffset.UTC);
  }
}
