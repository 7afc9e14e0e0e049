package nl.kringkoop.reporting.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Writes a municipality's spend for the reporting benchmark: 40 COROP regions in 12 provinces, the
 * buyer (Nijmegen, in region CR15) and 2,000 firms with a place, size class and social purpose, 60
 * tenders with responses and contracts, and for each invoice one spend share per party of one of
 * 3,000 contracts (department, R-strategy, one to three parties with their shares). The spread
 * follows what a municipality sees: a third of the firms in the city itself, most of the rest in
 * the region or province, a few large firms, December busier than summer, most invoices paid on
 * time. Deterministic (fixed seed). Spend records themselves are not written: the summary and the
 * dashboard never read them.
 */
final class GeneratedSpend {

  static final String BUYER_REGION = "CR15";
  static final String[] DEPARTMENTS = {
    "Openbare ruimte",
    "Vastgoed",
    "Sociaal domein",
    "ICT en informatie",
    "Mobiliteit",
    "Onderwijs en sport",
    "Bedrijfsvoering",
    "Duurzaamheid"
  };
  private static final String[] SIZE_CLASSES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
  private static final int[] SIZE_WEIGHTS = {40, 30, 18, 12};
  private static final String[] STRATEGIES = {
    null, "R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"
  };
  private static final int[] STRATEGY_WEIGHTS = {30, 2, 4, 6, 14, 12, 10, 4, 3, 12, 3};
  private static final int[] MONTH_WEIGHTS = {7, 7, 8, 8, 8, 8, 6, 5, 8, 9, 10, 16};
  private static final int FIRMS = 2_000;
  private static final int CONTRACTS = 3_000;
  private static final int TENDERS = 60;
  private static final int BATCH = 10_000;

  private final Connection connection;
  private final Random random = new Random(20_260_101L);
  private final String[] firmRegion = new String[FIRMS];
  private final String[] firmLocality = new String[FIRMS];
  private final String[] firmSize = new String[FIRMS];
  private final boolean[] firmSocial = new boolean[FIRMS];
  private final int[][] contractParties = new int[CONTRACTS][];
  private final int[][] contractPercents = new int[CONTRACTS][];
  private final String[] contractDepartment = new String[CONTRACTS];
  private final String[] contractStrategy = new String[CONTRACTS];
  private long nextRecord = 1;

  GeneratedSpend(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      // Only speeds up the load: spend records are not written, every other reference is valid.
      statement.execute("SET foreign_key_checks = 0");
    }
    regions();
    firms();
    contracts();
    tenders();
    connection.commit();
  }

  /** Writes the shares of {@code invoices} invoices dated in {@code year}; returns how many. */
  long fill(int invoices, int year) throws SQLException {
    long shares = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO spend_share (spend_record_id, buyer_id, recipient_id, amount, spend_year,"
                + " spend_month, department, r_strategy, circular, locality, recipient_region,"
                + " size_class, social_enterprise, counts_invoice, payment)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int invoice = 0; invoice < invoices; invoice++) {
        // Few contracts take most invoices: squaring a uniform draw favours the low numbers.
        double draw = random.nextDouble();
        int contract = (int) (draw * draw * CONTRACTS);
        long cents = 10_000 + (long) (Math.exp(random.nextGaussian() * 1.1 + 7.5) * 100);
        int month = weighted(MONTH_WEIGHTS) + 1;
        double paid = random.nextDouble();
        String payment = paid < 0.75 ? "ON_TIME" : paid < 0.9 ? "LATE" : "OPEN";
        String strategy = contractStrategy[contract];
        boolean circular = strategy != null && strategy.compareTo("R7") <= 0;
        int[] parties = contractParties[contract];
        long left = cents;
        for (int p = 0; p < parties.length; p++) {
          long part = p == parties.length - 1 ? left : cents * contractPercents[contract][p] / 100;
          left -= part;
          int firm = parties[p];
          insert.setLong(1, nextRecord);
          insert.setLong(2, SpendReportBenchmark.BUYER);
          insert.setLong(3, firm + 2L);
          insert.setBigDecimal(4, BigDecimal.valueOf(part, 2));
          insert.setInt(5, year);
          insert.setInt(6, month);
          insert.setString(7, contractDepartment[contract]);
          insert.setString(8, strategy);
          insert.setBoolean(9, circular);
          insert.setString(10, firmLocality[firm]);
          insert.setString(11, firmRegion[firm]);
          insert.setString(12, firmSize[firm]);
          insert.setBoolean(13, firmSocial[firm]);
          insert.setBoolean(14, p == 0);
          insert.setString(15, payment);
          insert.addBatch();
          if (++shares % BATCH == 0) {
            insert.executeBatch();
            connection.commit();
          }
        }
        nextRecord++;
      }
      insert.executeBatch();
      connection.commit();
    }
    return shares;
  }

  private void regions() throws SQLException {
    try (PreparedStatement province =
            connection.prepareStatement("INSERT INTO province (code, name) VALUES (?, ?)");
        PreparedStatement region =
            connection.prepareStatement(
                "INSERT INTO corop_region (code, name, province_code) VALUES (?, ?, ?)");
        PreparedStatement municipality =
            connection.prepareStatement(
                "INSERT INTO municipality (code, name, corop_code) VALUES (?, ?, ?)")) {
      for (int p = 20; p < 32; p++) {
        province.setString(1, "PV" + p);
        province.setString(2, "Provincie " + p);
        province.addBatch();
      }
      for (int r = 1; r <= 40; r++) {
        String code = String.format("CR%02d", r);
        region.setString(1, code);
        region.setString(2, r == 15 ? "Arnhem/Nijmegen" : "COROP-regio " + r);
        region.setString(3, provinceOf(r));
        region.addBatch();
        municipality.setString(1, r == 15 ? "GM0268" : String.format("GM%04d", 1000 + r));
        municipality.setString(2, r == 15 ? "Nijmegen" : "Gemeente " + r);
        municipality.setString(3, code);
        municipality.addBatch();
      }
      province.executeBatch();
      region.executeBatch();
      municipality.executeBatch();
    }
  }

  /** Gelderland (PV25) holds regions CR13 to CR16; the others spread over the other provinces. */
  private static String provinceOf(int region) {
    if (region >= 13 && region <= 16) {
      return "PV25";
    }
    int province = 20 + region % 11;
    return "PV" + (province >= 25 ? province + 1 : province);
  }

  private void firms() throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0));
    try (PreparedStatement organisation =
            connection.prepareStatement(
                "INSERT INTO organisation (id, version, kind, name, cbs_code, kvk_number,"
                    + " municipality_code, created_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?)");
        PreparedStatement profile =
            connection.prepareStatement(
                "INSERT INTO supplier_profile (organisation_id, version, contact_name, email,"
                    + " employees, annual_turnover, size_class, social_enterprise, cso_registered,"
                    + " service_area, kvk_verified, social_verified, updated_at)"
                    + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, FALSE, 'NATIONAL', TRUE, FALSE, ?)")) {
      organisation.setLong(1, SpendReportBenchmark.BUYER);
      organisation.setString(2, "MUNICIPALITY");
      organisation.setString(3, "Gemeente Nijmegen");
      organisation.setString(4, "GM0268");
      organisation.setString(5, null);
      organisation.setString(6, "GM0268");
      organisation.setTimestamp(7, now);
      organisation.addBatch();
      for (int firm = 0; firm < FIRMS; firm++) {
        double where = random.nextDouble();
        int region;
        if (where < 0.35) {
          region = 15;
          firmLocality[firm] = "MUNICIPALITY";
        } else if (where < 0.55) {
          region = 15;
          firmLocality[firm] = "REGION";
        } else if (where < 0.70) {
          region = new int[] {13, 14, 16}[random.nextInt(3)];
          firmLocality[firm] = "PROVINCE";
        } else {
          region = 1 + random.nextInt(36);
          region = region >= 13 ? region + 4 : region;
          firmLocality[firm] = "ELSEWHERE";
        }
        firmRegion[firm] = where > 0.98 ? null : String.format("CR%02d", region);
        firmSize[firm] = SIZE_CLASSES[weighted(SIZE_WEIGHTS)];
        firmSocial[firm] = random.nextDouble() < 0.08;
        long id = firm + 2L;
        organisation.setLong(1, id);
        organisation.setString(2, "SUPPLIER");
        organisation.setString(3, "Bedrijf " + id);
        organisation.setString(4, null);
        organisation.setString(5, String.format("%08d", id));
        organisation.setString(6, region == 15 ? "GM0268" : String.format("GM%04d", 1000 + region));
        organisation.setTimestamp(7, now);
        organisation.addBatch();
        profile.setLong(1, id);
        profile.setString(2, "Contact " + id);
        profile.setString(3, "firm" + id + "@example.org");
        profile.setInt(4, 5 + firm % 300);
        profile.setBigDecimal(5, BigDecimal.valueOf(500_000L + firm * 1_000L));
        profile.setString(6, firmSize[firm]);
        profile.setBoolean(7, firmSocial[firm]);
        profile.setTimestamp(8, now);
        profile.addBatch();
      }
      organisation.executeBatch();
      profile.executeBatch();
    }
  }

  private void contracts() {
    for (int contract = 0; contract < CONTRACTS; contract++) {
      contractDepartment[contract] = DEPARTMENTS[random.nextInt(DEPARTMENTS.length)];
      contractStrategy[contract] = STRATEGIES[weighted(STRATEGY_WEIGHTS)];
      double kind = random.nextDouble();
      if (kind < 0.75) {
        contractParties[contract] = new int[] {random.nextInt(FIRMS)};
        contractPercents[contract] = new int[] {100};
      } else if (kind < 0.93) {
        contractParties[contract] = distinctFirms(2);
        contractPercents[contract] = new int[] {60, 40};
      } else {
        contractParties[contract] = distinctFirms(3);
        contractPercents[contract] = new int[] {50, 30, 20};
      }
    }
  }

  /** Tenders of the year with five responses each and one contract, for the tender outcomes. */
  private void tenders() throws SQLException {
    try (PreparedStatement tender =
            connection.prepareStatement(
                "INSERT INTO tender (id, version, buyer_id, status, title, purchase_kind,"
                    + " created_at, created_by, updated_at, published_at, status_changed_at)"
                    + " VALUES (?, 0, ?, 'AWARDED', ?, 'SERVICES', ?, 'bench', ?, ?, ?)");
        PreparedStatement response =
            connection.prepareStatement(
                "INSERT INTO tender_response (version, tender_id, supplier_id, status,"
                    + " created_at, updated_at) VALUES (0, ?, ?, 'OFFERED', ?, ?)");
        PreparedStatement contract =
            connection.prepareStatement(
                "INSERT INTO contract (version, buyer_id, reference, title, department,"
                    + " tender_id, origin, status, contract_value, starts_on, ends_on, signed_at,"
                    + " created_at, created_by, updated_at) VALUES (0, ?, ?, ?, ?, ?, 'AWARD',"
                    + " 'ACTIVE', 100000.00, ?, ?, ?, ?, 'bench', ?)")) {
      for (int t = 1; t <= TENDERS; t++) {
        LocalDateTime published =
            LocalDateTime.of(SpendReportBenchmark.YEAR, 1, 1, 9, 0).plusDays(random.nextInt(250));
        LocalDateTime signed = published.plusDays(20 + random.nextInt(70));
        Timestamp at = Timestamp.valueOf(published);
        tender.setLong(1, t);
        tender.setLong(2, SpendReportBenchmark.BUYER);
        tender.setString(3, "Aanbesteding " + t);
        tender.setTimestamp(4, at);
        tender.setTimestamp(5, at);
        tender.setTimestamp(6, at);
        tender.setTimestamp(7, at);
        tender.addBatch();
        for (int firm : distinctFirms(5)) {
          response.setLong(1, t);
          response.setLong(2, firm + 2L);
          response.setTimestamp(3, at);
          response.setTimestamp(4, at);
          response.addBatch();
        }
        contract.setLong(1, SpendReportBenchmark.BUYER);
        contract.setString(2, "BENCH-" + t);
        contract.setString(3, "Contract " + t);
        contract.setString(4, DEPARTMENTS[t % DEPARTMENTS.length]);
        contract.setLong(5, t);
        contract.setObject(6, signed.toLocalDate());
        contract.setObject(7, signed.toLocalDate().plusYears(1));
        contract.setTimestamp(8, Timestamp.valueOf(signed));
        contract.setTimestamp(9, Timestamp.valueOf(signed));
        contract.setTimestamp(10, Timestamp.valueOf(signed));
        contract.addBatch();
      }
      tender.executeBatch();
      response.executeBatch();
      contract.executeBatch();
    }
  }

  private int[] distinctFirms(int count) {
    return random.ints(0, FIRMS).distinct().limit(count).toArray();
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
