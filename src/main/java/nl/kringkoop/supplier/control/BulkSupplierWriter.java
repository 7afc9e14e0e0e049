package nl.kringkoop.supplier.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * Inserts new firms with JDBC batches: organisations, then profiles and their lists, a few
 * statements per batch instead of several per firm. The values come from the entities themselves
 * (built as registration builds them), so the domain rules stay in one place; only the column
 * mapping is repeated here, and it must follow the tables of V1 and V2.
 */
final class BulkSupplierWriter {

  private static final String ORGANISATION =
      "INSERT INTO organisation (version, kind, name, kvk_number, municipality_code, created_at)"
          + " VALUES (1, 'SUPPLIER', ?, ?, ?, ?)";
  private static final String PROFILE =
      "INSERT INTO supplier_profile (organisation_id, version, contact_name, email, phone, street,"
          + " postcode, city, employees, annual_turnover, size_class, social_enterprise,"
          + " cso_registered, pso_level, target_group_percent, max_contract_value, available_from,"
          + " available_until, service_area, description, kvk_verified, social_verified,"
          + " updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?)";
  private static final String CPV =
      "INSERT INTO supplier_cpv (organisation_id, cpv_code) VALUES (?, ?)";
  private static final String STRATEGY =
      "INSERT INTO supplier_r_strategy (organisation_id, r_strategy) VALUES (?, ?)";
  private static final String CERTIFICATE =
      "INSERT INTO supplier_certification (organisation_id, list_position, kind, name,"
          + " level_value, expires_on) VALUES (?, ?, ?, ?, ?, ?)";

  private BulkSupplierWriter() {}

  /**
   * Inserts the firms, each an unsaved organisation with its profile, in the current transaction.
   */
  static void insert(Connection connection, List<SupplierProfile> profiles, Instant now)
      throws SQLException {
    if (profiles.isEmpty()) {
      return;
    }
    LocalDateTime stamp = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
    try (PreparedStatement insert = connection.prepareStatement(ORGANISATION)) {
      for (SupplierProfile profile : profiles) {
        Organisation firm = profile.organisation();
        insert.setString(1, firm.name());
        insert.setString(2, firm.kvkNumber().orElseThrow().value());
        insert.setString(3, firm.location().orElseThrow().value());
        insert.setObject(4, stamp);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    Map<String, Long> ids = ids(connection, profiles);
    try (PreparedStatement profileRow = connection.prepareStatement(PROFILE);
        PreparedStatement cpvRow = connection.prepareStatement(CPV);
        PreparedStatement strategyRow = connection.prepareStatement(STRATEGY);
        PreparedStatement certificateRow = connection.prepareStatement(CERTIFICATE)) {
      for (SupplierProfile profile : profiles) {
        long id = ids.get(profile.organisation().kvkNumber().orElseThrow().value());
        profile(profileRow, id, profile, stamp);
        for (CpvCode code : profile.cpvCodes()) {
          cpvRow.setLong(1, id);
          cpvRow.setString(2, code.digits());
          cpvRow.addBatch();
        }
        for (RStrategy strategy : profile.rStrategies()) {
          strategyRow.setLong(1, id);
          strategyRow.setString(2, strategy.name());
          strategyRow.addBatch();
        }
        List<Certification> held = profile.certifications();
        for (int i = 0; i < held.size(); i++) {
          certificate(certificateRow, id, i, held.get(i));
        }
      }
      profileRow.executeBatch();
      cpvRow.executeBatch();
      strategyRow.executeBatch();
      certificateRow.executeBatch();
    }
  }

  /** The ids the database gave the new organisations, found by KVK number in one query. */
  private static Map<String, Long> ids(Connection connection, List<SupplierProfile> profiles)
      throws SQLException {
    String marks = String.join(",", java.util.Collections.nCopies(profiles.size(), "?"));
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, kvk_number FROM organisation WHERE kvk_number IN (" + marks + ")")) {
      for (int i = 0; i < profiles.size(); i++) {
        select.setString(i + 1, profiles.get(i).organisation().kvkNumber().orElseThrow().value());
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.put(rows.getString(2), rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void profile(
      PreparedStatement row, long id, SupplierProfile profile, LocalDateTime stamp)
      throws SQLException {
    SupplierProfile.Contact contact = profile.contact();
    SupplierProfile.SocialEnterprise social = profile.socialEnterprise();
    row.setLong(1, id);
    row.setString(2, contact.name());
    row.setString(3, contact.email());
    row.setString(4, contact.phone());
    row.setString(5, contact.street());
    row.setString(6, contact.postcode());
    row.setString(7, contact.city());
    row.setInt(8, profile.employees());
    row.setBigDecimal(9, profile.annualTurnover());
    row.setString(10, profile.sizeClass().name());
    row.setBoolean(11, social.claimed());
    row.setBoolean(12, social.csoRegistered());
    row.setString(13, social.psoLevel() == null ? null : social.psoLevel().name());
    decimal(row, 14, social.targetGroupPercent());
    decimal(row, 15, profile.maxContractValue());
    row.setObject(16, profile.availableFrom(), Types.DATE);
    row.setObject(17, profile.availableUntil(), Types.DATE);
    row.setString(18, profile.serviceArea().name());
    row.setString(19, profile.description());
    row.setBoolean(20, profile.kvkVerified());
    row.setBoolean(21, profile.socialVerified());
    row.setObject(22, stamp);
    row.addBatch();
  }

  private static void certificate(PreparedStatement row, long id, int position, Certification c)
      throws SQLException {
    row.setLong(1, id);
    row.setInt(2, position);
    row.setString(3, c.kind().name());
    row.setString(4, c.name());
    if (c.level() == null) {
      row.setNull(5, Types.INTEGER);
    } else {
      row.setInt(5, c.level());
    }
    row.setObject(6, c.expiresOn(), Types.DATE);
    row.addBatch();
  }

  private static void decimal(PreparedStatement row, int index, BigDecimal value)
      throws SQLException {
    if (value == null) {
      row.setNull(index, Types.DECIMAL);
    } else {
      row.setBigDecimal(index, value);
    }
  }
}
