package nl.kringkoop.matching.engine;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * Puts a generated market into a MariaDB/MySQL database for the SQL baseline: the schema comes from
 * the application's own Flyway migrations (after wiping that database), the firms from the same
 * {@link GeneratedMarket} the engine's benchmark uses, written with JDBC batch inserts. Places map
 * to municipality GMnnnn in COROP region CRnn in province PVnn; certificate bit 0 is ISO 14001 and
 * bit 1 the CO2 performance ladder.
 */
final class SqlMarket {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  private static final int BATCH = 5_000;
  private static final String[] SIZE_CLASSES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
  private static final int[] EMPLOYEES_OF_SIZE = {5, 25, 100, 300};
  private static final String[] PSO_LEVELS = {null, "ASPIRANT", "LEVEL_1", "LEVEL_2", "LEVEL_3"};
  private static final String[] CERTIFICATE_KINDS = {"ISO_14001", "CO2_PERFORMANCE_LADDER"};

  private SqlMarket() {}

  /** Wipes the database the URL names and migrates it to the current schema. */
  static void migrate(String url, String user, String password) {
    Flyway flyway =
        Flyway.configure(SqlMarket.class.getClassLoader())
            .dataSource(url, user, password)
            .locations("classpath:db/migration/common")
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
  }

  static void fill(Connection connection, List<SupplierFacts> firms) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // Only speeds up the load: every row written is valid.
      statement.execute("SET foreign_key_checks = 0");
    }
    regions(connection);
    Timestamp created = Timestamp.valueOf(TODAY.atStartOfDay());
    try (PreparedStatement organisation =
            connection.prepareStatement(
                "INSERT INTO organisation (id, version, kind, name, kvk_number, municipality_code,"
                    + " created_at) VALUES (?, 0, 'SUPPLIER', ?, ?, ?, ?)");
        PreparedStatement profile =
            connection.prepareStatement(
                "INSERT INTO supplier_profile (organisation_id, version, contact_name, email,"
                    + " employees, annual_turnover, size_class, social_enterprise, cso_registered,"
                    + " pso_level, target_group_percent, max_contract_value, service_area,"
                    + " kvk_verified, social_verified, updated_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement cpv =
            connection.prepareStatement(
                "INSERT INTO supplier_cpv (organisation_id, cpv_code) VALUES (?, ?)");
        PreparedStatement strategy =
            connection.prepareStatement(
                "INSERT INTO supplier_r_strategy (organisation_id, r_strategy) VALUES (?, ?)");
        PreparedStatement certification =
            connection.prepareStatement(
                "INSERT INTO supplier_certification (organisation_id, list_position, kind,"
                    + " level_value, expires_on) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement reference =
            connection.prepareStatement(
                "INSERT INTO supplier_reference (organisation_id, list_position, buyer,"
                    + " project_year, cpv_code, circular_aspect) VALUES (?, ?, ?, 2024, ?, ?)")) {
      int count = 0;
      for (SupplierFacts firm : firms) {
        long id = firm.id();
        organisation.setLong(1, id);
        organisation.setString(2, "Firm " + id);
        organisation.setString(3, String.format("%08d", id));
        organisation.setString(4, municipality(firm.place()));
        organisation.setTimestamp(5, created);
        organisation.addBatch();

        profile.setLong(1, id);
        profile.setString(2, "Contact " + id);
        profile.setString(3, "firm" + id + "@example.org");
        profile.setInt(4, EMPLOYEES_OF_SIZE[firm.sizeClass()]);
        profile.setBigDecimal(5, BigDecimal.valueOf(firm.turnover()));
        profile.setString(6, SIZE_CLASSES[firm.sizeClass()]);
        profile.setBoolean(7, firm.socialEnterprise());
        profile.setString(8, PSO_LEVELS[firm.psoLevel()]);
        profile.setBigDecimal(
            9, firm.socialEnterprise() ? BigDecimal.valueOf(firm.targetGroupPercent()) : null);
        profile.setBigDecimal(
            10, firm.maxContractValue() > 0 ? BigDecimal.valueOf(firm.maxContractValue()) : null);
        profile.setString(11, firm.reach().name());
        profile.setBoolean(12, firm.kvkVerified());
        profile.setBoolean(13, firm.socialVerified());
        profile.setTimestamp(14, created);
        profile.addBatch();

        // The registry keeps a code once per firm; the engine reads a repeated code as one.
        for (int code : Arrays.stream(firm.cpvCodes()).distinct().toArray()) {
          cpv.setLong(1, id);
          cpv.setString(2, cpvCode(code));
          cpv.addBatch();
        }
        for (int k = 0; k < 10; k++) {
          if ((firm.rStrategies() & (1 << k)) != 0) {
            strategy.setLong(1, id);
            strategy.setString(2, "R" + k);
            strategy.addBatch();
          }
        }
        int position = 0;
        for (int bit = 0; bit < CERTIFICATE_KINDS.length; bit++) {
          if ((firm.certificates() & (1 << bit)) != 0) {
            certification.setLong(1, id);
            certification.setInt(2, position++);
            certification.setString(3, CERTIFICATE_KINDS[bit]);
            certification.setObject(4, bit == 1 ? 3 : null);
            certification.setDate(5, Date.valueOf(TODAY.plusYears(2)));
            certification.addBatch();
          }
        }
        int[] references = firm.referenceCpvCodes();
        for (int i = 0; i < references.length; i++) {
          reference.setLong(1, id);
          reference.setInt(2, i);
          reference.setString(3, "Gemeente " + (id % 342));
          reference.setString(4, cpvCode(references[i]));
          reference.setString(5, "Hergebruik van materialen");
          reference.addBatch();
        }
        if (++count % BATCH == 0 || count == firms.size()) {
          for (PreparedStatement batch :
              List.of(organisation, profile, cpv, strategy, certification, reference)) {
            batch.executeBatch();
          }
          connection.commit();
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET foreign_key_checks = 1");
      statement.execute(
          "ANALYZE TABLE organisation, supplier_profile, supplier_cpv, supplier_r_strategy,"
              + " supplier_certification, supplier_reference, municipality, corop_region");
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  static String cpvCode(int code) {
    return String.format("%08d", code);
  }

  static String municipality(Place place) {
    return String.format("GM%04d", place.municipality());
  }

  static String corop(Place place) {
    return String.format("CR%02d", place.corop());
  }

  static String province(Place place) {
    return String.format("PV%02d", place.province());
  }

  static String certificateKind(int bit) {
    return CERTIFICATE_KINDS[bit];
  }

  static int certificateKinds() {
    return CERTIFICATE_KINDS.length;
  }

  /** The places GeneratedMarket uses: municipality m in region m % 40 in province m % 40 % 12. */
  private static void regions(Connection connection) throws SQLException {
    try (PreparedStatement province =
            connection.prepareStatement("INSERT INTO province (code, name) VALUES (?, ?)");
        PreparedStatement corop =
            connection.prepareStatement(
                "INSERT INTO corop_region (code, name, province_code) VALUES (?, ?, ?)");
        PreparedStatement municipality =
            connection.prepareStatement(
                "INSERT INTO municipality (code, name, corop_code) VALUES (?, ?, ?)")) {
      for (int p = 0; p < 12; p++) {
        province.setString(1, province(new Place(0, 0, p)));
        province.setString(2, "Provincie " + p);
        province.addBatch();
      }
      for (int c = 0; c < 40; c++) {
        Place place = new Place(0, c, c % 12);
        corop.setString(1, corop(place));
        corop.setString(2, "Regio " + c);
        corop.setString(3, province(place));
        corop.addBatch();
      }
      for (int m = 0; m < GeneratedMarket.MUNICIPALITIES; m++) {
        Place place = new Place(m, m % 40, m % 40 % 12);
        municipality.setString(1, municipality(place));
        municipality.setString(2, "Gemeente " + m);
        municipality.setString(3, corop(place));
        municipality.addBatch();
      }
      province.executeBatch();
      corop.executeBatch();
      municipality.executeBatch();
    }
    connection.commit();
  }
}
