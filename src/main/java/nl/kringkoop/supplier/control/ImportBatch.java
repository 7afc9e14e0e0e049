package nl.kringkoop.supplier.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.persistence.DatabaseMigration;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.ServiceArea;
import nl.kringkoop.supplier.entity.SupplierProfile;
import nl.kringkoop.supplier.entity.SupplierProfile.Contact;

/**
 * Stores one batch of checked import rows in its own transaction: a firm whose KVK number is new
 * gets an organisation and a profile (as registration makes them, without a user account); a
 * supplier already known is updated when the row differs from what is stored, and left alone when
 * it doesn't. A batch that fails is rolled back completely.
 */
@ApplicationScoped
public class ImportBatch {

  /** EclipseLink query hints: load a batch's element collections with one query each. */
  private static final String BATCH_HINT = "eclipselink.batch";

  private static final String BATCH_TYPE_HINT = "eclipselink.batch.type";

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigration.DATA_SOURCE)
  DataSource dataSource;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome store(List<Checked> rows, Instant now) {
    Map<String, Organisation> known = organisations(rows);
    Map<Long, SupplierProfile> profiles = profiles(known.values());
    Outcome outcome = new Outcome();
    List<Checked> fresh = new ArrayList<>();
    for (Checked row : rows) {
      RegistrationRules.Accepted accepted = row.accepted();
      Organisation firm = known.get(accepted.kvkNumber().value());
      SupplierProfile profile = firm == null ? null : profiles.get(firm.id());
      if (firm == null) {
        fresh.add(row);
      } else if (firm.kind() != OrganisationKind.SUPPLIER || profile == null) {
        outcome.rejected.add(
            new RejectedRow(
                row.line(), List.of(new InvalidField("kvkNumber", "import.row.notASupplier"))));
      } else if (Facts.of(firm, profile).equals(Facts.of(accepted))) {
        outcome.unchanged++;
      } else {
        firm.redescribeSupplier(accepted.name(), accepted.municipality());
        accepted.describe(profile, now);
        outcome.updated++;
      }
    }
    em.flush();
    insert(fresh, now);
    outcome.imported = fresh.size();
    return outcome;
  }

  /**
   * New firms, built as registration builds them and written with JDBC batches: with JPA, every
   * organisation would cost its own insert and id query (identity ids), which made 100,000 lines
   * take three minutes.
   */
  private void insert(List<Checked> rows, Instant now) {
    List<SupplierProfile> firms = new ArrayList<>(rows.size());
    for (Checked row : rows) {
      RegistrationRules.Accepted accepted = row.accepted();
      Organisation firm =
          Organisation.supplier(
              accepted.kvkNumber(), accepted.name(), accepted.municipality(), now);
      SupplierProfile profile = new SupplierProfile(firm, accepted.contact(), accepted.size(), now);
      accepted.describe(profile, now);
      firms.add(profile);
    }
    try (Connection connection = dataSource.getConnection()) {
      BulkSupplierWriter.insert(connection, firms, now);
    } catch (SQLException failed) {
      throw new PersistenceException("Inserting new suppliers failed", failed);
    }
  }

  private Map<String, Organisation> organisations(List<Checked> rows) {
    List<String> numbers = rows.stream().map(row -> row.accepted().kvkNumber().value()).toList();
    return em.createQuery(
            "select o from Organisation o where o.kvkNumber in :numbers", Organisation.class)
        .setParameter("numbers", numbers)
        .getResultStream()
        .collect(Collectors.toMap(o -> o.kvkNumber().orElseThrow().value(), o -> o));
  }

  private Map<Long, SupplierProfile> profiles(java.util.Collection<Organisation> firms) {
    if (firms.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = firms.stream().map(Organisation::id).toList();
    Map<Long, SupplierProfile> profiles = new HashMap<>();
    em.createQuery("select p from SupplierProfile p where p.id in :ids", SupplierProfile.class)
        .setParameter("ids", ids)
        .setHint(BATCH_TYPE_HINT, "IN")
        .setHint(BATCH_HINT, "p.cpvCodes")
        .setHint(BATCH_HINT, "p.rStrategies")
        .setHint(BATCH_HINT, "p.certifications")
        .getResultStream()
        .forEach(profile -> profiles.put(profile.id(), profile));
    return profiles;
  }

  /** A row that passed the registration rules, with the line it came from. */
  public record Checked(long line, RegistrationRules.Accepted accepted) {}

  /** Counts of one batch, and rows refused only when compared with what is stored. */
  public static final class Outcome {
    int imported;
    int updated;
    int unchanged;
    final List<RejectedRow> rejected = new ArrayList<>();
  }

  /**
   * Everything an import row states about a firm, in a comparable form: amounts without trailing
   * zeros (the database keeps two decimals), codes as plain digits.
   */
  record Facts(
      String name,
      String municipality,
      Contact contact,
      int employees,
      BigDecimal annualTurnover,
      boolean socialEnterprise,
      boolean csoRegistered,
      PsoLevel psoLevel,
      BigDecimal targetGroupPercent,
      Set<String> cpvCodes,
      Set<RStrategy> rStrategies,
      ServiceArea serviceArea,
      String description,
      List<Held> certifications,
      BigDecimal maxContractValue,
      LocalDate availableFrom,
      LocalDate availableUntil) {

    static Facts of(Organisation firm, SupplierProfile profile) {
      var social = profile.socialEnterprise();
      return new Facts(
          firm.name(),
          firm.location().map(Object::toString).orElse(null),
          profile.contact(),
          profile.employees(),
          plain(profile.annualTurnover()),
          social.claimed(),
          social.csoRegistered(),
          social.psoLevel(),
          plain(social.targetGroupPercent()),
          digits(profile.cpvCodes()),
          profile.rStrategies(),
          profile.serviceArea(),
          profile.description(),
          held(profile.certifications()),
          plain(profile.maxContractValue()),
          profile.availableFrom(),
          profile.availableUntil());
    }

    static Facts of(RegistrationRules.Accepted row) {
      return new Facts(
          row.name(),
          row.municipality().value(),
          row.contact(),
          row.size().employees(),
          plain(row.size().annualTurnover()),
          row.social().claimed(),
          row.social().csoRegistered(),
          row.social().psoLevel(),
          plain(row.social().targetGroupPercent()),
          digits(row.cpvCodes()),
          row.rStrategies(),
          row.serviceArea(),
          row.description(),
          held(row.certifications()),
          plain(row.maxContractValue()),
          row.availableFrom(),
          row.availableUntil());
    }

    private static BigDecimal plain(BigDecimal amount) {
      return amount == null ? null : amount.stripTrailingZeros();
    }

    private static Set<String> digits(Set<CpvCode> codes) {
      return codes.stream().map(CpvCode::digits).collect(Collectors.toSet());
    }

    private static List<Held> held(List<Certification> certifications) {
      return certifications.stream()
          .map(c -> new Held(c.kind(), c.name(), c.level(), c.expiresOn()))
          .toList();
    }
  }

  /** A certificate as a value, for comparing. */
  record Held(CertificationKind kind, String name, Integer level, LocalDate expiresOn) {}
}
