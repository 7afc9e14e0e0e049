package nl.kringkoop.demo.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import nl.kringkoop.contract.control.SpendAttribution;
import nl.kringkoop.contract.control.SpendSummary;
import nl.kringkoop.identity.control.PasswordHasher;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.region.entity.Province;
import nl.kringkoop.supplier.entity.SupplierProfile;

/** Writes the demo dataset in one transaction: all of it or nothing. */
@ApplicationScoped
public class DemoDataset {

  static final String ADMIN = "admin";
  private static final long PROFILE_SEED = 4_521_000L;
  static final MunicipalityCode NIJMEGEN = new MunicipalityCode("GM0268");
  static final MunicipalityCode ARNHEM = new MunicipalityCode("GM0202");

  /** A colleague of the demo officer, e.g. for a committee of two. */
  static final String SECOND_OFFICER = "officer2";

  /** An officer of the neighbouring municipality, who must not run Nijmegen's tenders. */
  static final String ARNHEM_OFFICER = "officer-arnhem";

  private static final String REGION_SAMPLE = "/demo/region-sample.csv";

  @PersistenceContext EntityManager em;

  @Inject PasswordHasher hasher;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject SpendAttribution attribution;

  @Inject SpendSummary spendSummary;

  @Transactional
  public Summary load() {
    Instant now = clock.instant();
    List<Municipality> municipalities = loadRegionSample();
    // Organisations refer to municipalities by code only, so JPA cannot order these inserts.
    em.flush();
    Organisation nijmegen = persist(Organisation.municipality(NIJMEGEN, "Gemeente Nijmegen", now));
    Organisation arnhem = persist(Organisation.municipality(ARNHEM, "Gemeente Arnhem", now));
    Organisation platform = persist(Organisation.platform("Kringkoop platformbeheer", now));
    List<Organisation> suppliers = new ArrayList<>();
    Random random = new Random(PROFILE_SEED);
    LocalDate today = LocalDate.now(clock);
    for (DemoSuppliers.Firm firm : DemoSuppliers.generate(municipalities)) {
      Organisation organisation =
          persist(Organisation.supplier(firm.kvkNumber(), firm.name(), firm.location(), now));
      suppliers.add(organisation);
      em.persist(profile(organisation, DemoProfiles.seed(firm, random, today), now));
    }
    Organisation firstSupplier =
        suppliers.stream()
            .filter(supplier -> supplier.location().orElseThrow().equals(NIJMEGEN))
            .findFirst()
            .orElse(suppliers.get(0));
    String hash = hasher.hash(DemoData.DEMO_PASSWORD.toCharArray());
    List<UserAccount> users =
        List.of(
            user(
                "officer",
                "Inkoper Demo",
                "inkoop@nijmegen.example",
                hash,
                nijmegen,
                Role.OFFICER,
                now),
            user(
                SECOND_OFFICER,
                "Tweede Inkoper Demo",
                "inkoop2@nijmegen.example",
                hash,
                nijmegen,
                Role.OFFICER,
                now),
            user(
                ARNHEM_OFFICER,
                "Inkoper Arnhem Demo",
                "inkoop@arnhem.example",
                hash,
                arnhem,
                Role.OFFICER,
                now),
            user(
                "analyst",
                "Analist Duurzaamheid Demo",
                "duurzaam@nijmegen.example",
                hash,
                nijmegen,
                Role.ANALYST,
                now),
            user(
                "supplier",
                "Ondernemer Demo",
                "info@leverancier.example",
                hash,
                firstSupplier,
                Role.SUPPLIER,
                now),
            user(
                ADMIN,
                "Beheerder Demo",
                "beheer@kringkoop.example",
                hash,
                platform,
                Role.ADMIN,
                now));
    users.forEach(em::persist);
    DemoTenders demoTenders = new DemoTenders(em, nijmegen, "officer", suppliers, now);
    int tenders = demoTenders.load();
    new DemoConsortium(em, now)
        .invite(demoTenders.openForEntriesTender(), suppliers, firstSupplier);
    DemoContracts contracts = new DemoContracts(em, attribution, nijmegen, suppliers, now);
    for (int year : contracts.load(demoTenders.awardedOffer())) {
      spendSummary.rebuild(nijmegen.id(), year);
    }
    audit.record(
        AuditEvent.of(AuditLog.SYSTEM, null, "DEMO_DATA_LOADED")
            .withDetail(
                suppliers.size()
                    + " suppliers, "
                    + users.size()
                    + " users, "
                    + tenders
                    + " tenders, "
                    + contracts.invoices()
                    + " invoices"));
    return new Summary(municipalities.size(), suppliers.size(), users.size());
  }

  /**
   * The demo users share one hash of the demo password: computing the slow hash once keeps the
   * first start fast, and the password is public anyway.
   */
  private static UserAccount user(
      String username,
      String name,
      String email,
      String hash,
      Organisation organisation,
      Role role,
      Instant now) {
    return new UserAccount(username, name, email, hash, organisation, EnumSet.of(role), now);
  }

  private static SupplierProfile profile(
      Organisation organisation, DemoProfiles.Seed seed, Instant now) {
    String mailbox = "info@" + organisation.kvkNumber().orElseThrow() + ".demo.example";
    SupplierProfile profile =
        new SupplierProfile(
            organisation,
            new SupplierProfile.Contact("Contactpersoon", mailbox, null, null, null, null),
            new SupplierProfile.Size(seed.employees(), seed.turnover()),
            now);
    profile.changeSocialEnterprise(
        new SupplierProfile.SocialEnterprise(
            seed.socialEnterprise(),
            seed.csoRegistered(),
            seed.psoLevel(),
            seed.targetGroupPercent()),
        now);
    profile.changeCapabilities(
        seed.cpvCodes(), seed.rStrategies(), seed.serviceArea(), seed.description(), now);
    profile.changeCapacity(seed.maxContractValue(), null, null, now);
    profile.replaceCertifications(seed.certifications(), now);
    profile.replaceReferences(seed.references(), now);
    profile.verify(seed.kvkVerified(), seed.socialVerified(), now);
    return profile;
  }

  private Organisation persist(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  private List<Municipality> loadRegionSample() {
    Map<String, Province> provinces = new HashMap<>();
    Map<String, CoropRegion> regions = new HashMap<>();
    List<Municipality> municipalities = new ArrayList<>();
    for (String[] row : readSample()) {
      Province province =
          provinces.computeIfAbsent(row[4], code -> persistReference(new Province(code, row[5])));
      CoropRegion region =
          regions.computeIfAbsent(
              row[2], code -> persistReference(new CoropRegion(code, row[3], province)));
      municipalities.add(
          persistReference(new Municipality(new MunicipalityCode(row[0]), row[1], region)));
    }
    return municipalities;
  }

  private <T> T persistReference(T entity) {
    em.persist(entity);
    return entity;
  }

  private static List<String[]> readSample() {
    var stream = Objects.requireNonNull(DemoDataset.class.getResourceAsStream(REGION_SAMPLE));
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code;"))
          .map(line -> line.split(";", -1))
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** What was loaded, for the start-up log. */
  public record Summary(int municipalities, int suppliers, int users) {}
}
