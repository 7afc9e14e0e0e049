package nl.kringkoop.supplier.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.circularity.entity.RStrategyField;
import nl.kringkoop.cpv.control.CpvCodeField;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.control.PasswordPolicy;
import nl.kringkoop.identity.entity.KvkNumber;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.ProjectReference;
import nl.kringkoop.supplier.entity.PsoLevel;
import nl.kringkoop.supplier.entity.ServiceArea;
import nl.kringkoop.supplier.entity.SupplierProfile;
import nl.kringkoop.supplier.entity.SupplierProfile.Contact;
import nl.kringkoop.supplier.entity.SupplierProfile.Size;
import nl.kringkoop.supplier.entity.SupplierProfile.SocialEnterprise;

/**
 * Checks a registration completely and turns it into domain values. Plain Java: the CPV list and
 * the known municipalities come in as functions, so the rules are testable without a database.
 */
public final class RegistrationRules {

  static final int NAME_MAX = 200;
  static final int EMAIL_MAX = 100;
  static final int PHONE_MAX = 40;
  static final int CITY_MAX = 120;
  static final int DESCRIPTION_MAX = 4000;
  static final int CODES_MAX = 50;
  static final int CERTIFICATIONS_MAX = 20;
  static final int CO2_LADDER_TOP = 5;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern POSTCODE = Pattern.compile("[1-9]\\d{3} ?[A-Za-z]{2}");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static final int REFERENCES_MAX = 20;
  static final int REFERENCE_YEARS_BACK = 30;
  static final int CIRCULAR_ASPECT_MAX = 1000;

  private final Function<String, CpvList.Resolution> cpv;
  private final Predicate<MunicipalityCode> municipalityExists;
  private final Year thisYear;
  private final boolean withAccount;

  /** What is being checked: a new registration needs a KVK number and a password, an edit not. */
  public enum Purpose {
    REGISTRATION,
    PROFILE_CHANGE
  }

  public RegistrationRules(
      Function<String, CpvList.Resolution> cpv,
      Predicate<MunicipalityCode> municipalityExists,
      Year thisYear) {
    this(cpv, municipalityExists, thisYear, true);
  }

  private RegistrationRules(
      Function<String, CpvList.Resolution> cpv,
      Predicate<MunicipalityCode> municipalityExists,
      Year thisYear,
      boolean withAccount) {
    this.thisYear = thisYear;
    this.cpv = cpv;
    this.municipalityExists = municipalityExists;
    this.withAccount = withAccount;
  }

  /**
   * The same rules for firms that get no user account (bulk import): no password is asked for, and
   * one given is ignored.
   */
  public RegistrationRules withoutAccount() {
    return new RegistrationRules(cpv, municipalityExists, thisYear, false);
  }

  public Outcome check(Registration form) {
    return check(form, Purpose.REGISTRATION);
  }

  public Outcome check(Registration form, Purpose purpose) {
    FieldChecks checks = new FieldChecks();
    boolean registration = purpose == Purpose.REGISTRATION;
    KvkNumber kvk = registration ? kvkNumber(form.kvkNumber, checks) : null;
    String name = checks.text("name", form.name, NAME_MAX, true);
    String email = email(form.email, checks);
    checks.require(
        !registration
            || !withAccount
            || (form.password != null && PasswordPolicy.acceptable(form.password)),
        "password",
        "field.password",
        PasswordPolicy.MIN_LENGTH,
        PasswordPolicy.MAX_LENGTH);
    MunicipalityCode municipality = municipality(form.municipalityCode, checks);
    Contact contact =
        new Contact(
            Optional.ofNullable(checks.text("contactName", form.contactName, NAME_MAX, false))
                .orElse(name),
            email,
            checks.text("phone", form.phone, PHONE_MAX, false),
            checks.text("street", form.street, NAME_MAX, false),
            postcode(form.postcode, checks),
            checks.text("city", form.city, CITY_MAX, false));
    Size size = size(form, checks);
    SocialEnterprise social = social(form, checks);
    Set<CpvCode> codes = cpvCodes(form.cpvCodes, checks);
    Set<RStrategy> strategies = RStrategyField.parse(form.rStrategies, checks, "rStrategies");
    ServiceArea area = serviceArea(form.serviceArea, checks);
    String description = checks.text("description", form.description, DESCRIPTION_MAX, false);
    List<Certification> certifications = certifications(form.certifications, checks);
    List<ProjectReference> references = references(form.references, checks);
    BigDecimal maxValue = checks.money("maxContractValue", form.maxContractValue, false);
    checks.require(
        form.availableFrom == null
            || form.availableUntil == null
            || !form.availableUntil.isBefore(form.availableFrom),
        "availableUntil",
        "field.dateOrder");
    if (!checks.isEmpty()) {
      return new Outcome(checks.errors(), null);
    }
    return new Outcome(
        List.of(),
        new Accepted(
            kvk,
            name,
            withAccount ? form.password : null,
            municipality,
            contact,
            size,
            social,
            codes,
            strategies,
            area,
            description,
            certifications,
            references,
            maxValue,
            form.availableFrom,
            form.availableUntil));
  }

  private static KvkNumber kvkNumber(String text, FieldChecks checks) {
    if (checks.missing("kvkNumber", text)) {
      return null;
    }
    if (!KvkNumber.isValid(text)) {
      checks.add("kvkNumber", "field.kvk");
      return null;
    }
    return KvkNumber.parse(text);
  }

  /** An address of the form name@domain.tld, without spaces. */
  static boolean isEmail(String text) {
    return EMAIL.matcher(text).matches();
  }

  private static String email(String text, FieldChecks checks) {
    String email = checks.text("email", text, EMAIL_MAX, true);
    if (email != null && !isEmail(email)) {
      checks.add("email", "field.email");
      return null;
    }
    return email == null ? null : email.toLowerCase(Locale.ROOT);
  }

  private MunicipalityCode municipality(String text, FieldChecks checks) {
    if (checks.missing("municipalityCode", text)) {
      return null;
    }
    if (!MunicipalityCode.isValid(text.strip())
        || !municipalityExists.test(MunicipalityCode.parse(text.strip()))) {
      checks.add("municipalityCode", "field.municipality", text.strip());
      return null;
    }
    return MunicipalityCode.parse(text.strip());
  }

  private static String postcode(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.strip();
    if (!POSTCODE.matcher(trimmed).matches()) {
      checks.add("postcode", "field.postcode");
      return null;
    }
    return trimmed.replace(" ", "").toUpperCase(Locale.ROOT);
  }

  private static Size size(Registration form, FieldChecks checks) {
    if (form.employees == null) {
      checks.add("employees", "field.required");
    } else if (form.employees < 0) {
      checks.add("employees", "field.notNegative");
    }
    BigDecimal turnover = checks.money("annualTurnover", form.annualTurnover, true);
    return form.employees == null || form.employees < 0 || turnover == null
        ? null
        : new Size(form.employees, turnover);
  }

  private static SocialEnterprise social(Registration form, FieldChecks checks) {
    PsoLevel pso = null;
    if (form.psoLevel != null && !form.psoLevel.isBlank()) {
      pso = PsoLevel.parse(form.psoLevel).orElse(null);
      checks.require(pso != null, "psoLevel", "field.pso");
    }
    BigDecimal share = form.targetGroupPercent;
    checks.require(
        share == null || (share.signum() >= 0 && share.compareTo(HUNDRED) <= 0),
        "targetGroupPercent",
        "field.percent");
    return new SocialEnterprise(
        Boolean.TRUE.equals(form.socialEnterprise),
        Boolean.TRUE.equals(form.csoRegistered),
        pso,
        share);
  }

  private Set<CpvCode> cpvCodes(List<String> written, FieldChecks checks) {
    if (written == null) {
      return new LinkedHashSet<>();
    }
    checks.require(written.size() <= CODES_MAX, "cpvCodes", "field.tooMany", CODES_MAX);
    return CpvCodeField.resolve(written, cpv, checks, "cpvCodes", false);
  }

  private static ServiceArea serviceArea(String text, FieldChecks checks) {
    if (text == null || text.isBlank()) {
      return ServiceArea.REGION;
    }
    try {
      return ServiceArea.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      checks.add("serviceArea", "field.serviceArea");
      return null;
    }
  }

  private static List<Certification> certifications(
      List<Registration.CertificationEntry> written, FieldChecks checks) {
    List<Certification> held = new ArrayList<>();
    if (written == null) {
      return held;
    }
    checks.require(
        written.size() <= CERTIFICATIONS_MAX,
        "certifications",
        "field.tooMany",
        CERTIFICATIONS_MAX);
    for (int i = 0; i < written.size(); i++) {
      Registration.CertificationEntry entry = written.get(i);
      String field = "certifications[" + i + "]";
      CertificationKind kind = certificationKind(entry == null ? null : entry.kind);
      if (kind == null) {
        checks.add(field + ".kind", "field.certification.kind");
        continue;
      }
      String name =
          checks.text(field + ".name", entry.name, NAME_MAX, kind == CertificationKind.OTHER);
      boolean ladder = kind == CertificationKind.CO2_PERFORMANCE_LADDER;
      boolean levelOk =
          !ladder || (entry.level != null && entry.level >= 1 && entry.level <= CO2_LADDER_TOP);
      checks.require(levelOk, field + ".level", "field.certification.level", CO2_LADDER_TOP);
      if (levelOk && (kind != CertificationKind.OTHER || name != null)) {
        held.add(new Certification(kind, name, ladder ? entry.level : null, entry.expiresOn));
      }
    }
    return held;
  }

  private List<ProjectReference> references(
      List<Registration.ReferenceEntry> written, FieldChecks checks) {
    List<ProjectReference> references = new ArrayList<>();
    if (written == null) {
      return references;
    }
    checks.require(written.size() <= REFERENCES_MAX, "references", "field.tooMany", REFERENCES_MAX);
    int earliest = thisYear.getValue() - REFERENCE_YEARS_BACK;
    for (int i = 0; i < written.size(); i++) {
      Registration.ReferenceEntry entry = written.get(i);
      String field = "references[" + i + "]";
      if (entry == null) {
        checks.add(field, "field.required");
        continue;
      }
      int errorsBefore = checks.count();
      String buyer = checks.text(field + ".buyer", entry.buyer, NAME_MAX, true);
      checks.require(
          entry.year != null && entry.year >= earliest && entry.year <= thisYear.getValue(),
          field + ".year",
          "field.year",
          String.valueOf(earliest),
          String.valueOf(thisYear.getValue()));
      BigDecimal value = checks.money(field + ".value", entry.value, false);
      Set<CpvCode> code =
          entry.cpvCode == null || entry.cpvCode.isBlank()
              ? Set.of()
              : CpvCodeField.resolve(List.of(entry.cpvCode), cpv, checks, field + ".cpvCode", true);
      String aspect =
          checks.text(field + ".circularAspect", entry.circularAspect, CIRCULAR_ASPECT_MAX, true);
      if (checks.count() == errorsBefore) {
        String digits = code.stream().findFirst().map(CpvCode::digits).orElse(null);
        references.add(new ProjectReference(buyer, entry.year, value, digits, aspect));
      }
    }
    return references;
  }

  private static CertificationKind certificationKind(String text) {
    if (text == null) {
      return null;
    }
    try {
      return CertificationKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** The outcome: either errors, or the accepted values (never both). */
  public record Outcome(List<InvalidField> errors, Accepted accepted) {

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** A registration that passed every check, in domain values; no password without an account. */
  public record Accepted(
      KvkNumber kvkNumber,
      String name,
      String password,
      MunicipalityCode municipality,
      Contact contact,
      Size size,
      SocialEnterprise social,
      Set<CpvCode> cpvCodes,
      Set<RStrategy> rStrategies,
      ServiceArea serviceArea,
      String description,
      List<Certification> certifications,
      List<ProjectReference> references,
      BigDecimal maxContractValue,
      LocalDate availableFrom,
      LocalDate availableUntil) {

    /**
     * Writes everything the firm stated, except who it is, into its profile. References stay: only
     * the firm's own forms carry them, not a regional network's import.
     */
    public void describe(SupplierProfile profile, Instant now) {
      profile.changeContact(contact, now);
      profile.changeSize(size, now);
      profile.changeSocialEnterprise(social, now);
      profile.changeCapabilities(cpvCodes, rStrategies, serviceArea, description, now);
      profile.changeCapacity(maxContractValue, availableFrom, availableUntil, now);
      profile.replaceCertifications(certifications, now);
    }

    /** Writes everything the firm stated, references included, into its profile. */
    public void applyTo(SupplierProfile profile, Instant now) {
      describe(profile, now);
      profile.replaceReferences(references, now);
    }
  }
}
