package nl.kringkoop.supplier.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * The columns of the supplier import file and how a row's cells become a {@link Registration}.
 * Columns are named like the fields of {@code POST /api/v1/suppliers}, so an error names the same
 * field in both. Only conversion happens here; the registration rules judge the values.
 */
public enum SupplierColumns {
  KVK_NUMBER("kvkNumber", true),
  NAME("name", true),
  CONTACT_NAME("contactName", false),
  EMAIL("email", true),
  PHONE("phone", false),
  STREET("street", false),
  POSTCODE("postcode", false),
  CITY("city", false),
  MUNICIPALITY_CODE("municipalityCode", true),
  EMPLOYEES("employees", true),
  ANNUAL_TURNOVER("annualTurnover", true),
  SOCIAL_ENTERPRISE("socialEnterprise", false),
  CSO_REGISTERED("csoRegistered", false),
  PSO_LEVEL("psoLevel", false),
  TARGET_GROUP_PERCENT("targetGroupPercent", false),
  CPV_CODES("cpvCodes", false),
  R_STRATEGIES("rStrategies", false),
  SERVICE_AREA("serviceArea", false),
  MAX_CONTRACT_VALUE("maxContractValue", false),
  AVAILABLE_FROM("availableFrom", false),
  AVAILABLE_UNTIL("availableUntil", false),
  DESCRIPTION("description", false),
  CERTIFICATIONS("certifications", false);

  /** Separates the entries of a list inside one cell: {@code 45210000-2|39100000}. */
  public static final String LIST_SEPARATOR = "|";

  private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
  private static final Pattern CERTIFICATE =
      Pattern.compile("(?<kind>[^/=:]*)(/(?<level>[^=:]*))?(=(?<name>.*?))?(:(?<date>[\\d-]+))?");
  private static final Set<String> YES = Set.of("true", "ja", "j", "yes", "y", "1");
  private static final Set<String> NO = Set.of("false", "nee", "n", "no", "0");

  private final String header;
  private final boolean required;

  SupplierColumns(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  public String header() {
    return header;
  }

  /** Whether the file must have this column (its cells may still be empty in a row). */
  public boolean required() {
    return required;
  }

  public static Optional<SupplierColumns> byHeader(String name) {
    String wanted = name == null ? "" : name.strip();
    return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(wanted)).findFirst();
  }

  /** The documented header line, all columns in their usual order. */
  public static List<String> headers() {
    return Arrays.stream(values()).map(SupplierColumns::header).toList();
  }

  /**
   * Reads one row into a registration. {@code cell} gives the raw text of a column, or null when
   * the file has no such column. Cells that are not even the right kind of value (a word where a
   * number belongs) are reported in {@code errors} and left empty in the registration.
   */
  public static Registration read(IntFunction<String> cellByOrdinal, List<InvalidField> errors) {
    Cells cells = new Cells(cellByOrdinal, errors);
    Registration form = new Registration();
    form.kvkNumber = cells.text(KVK_NUMBER);
    form.name = cells.text(NAME);
    form.contactName = cells.text(CONTACT_NAME);
    form.email = cells.text(EMAIL);
    form.phone = cells.text(PHONE);
    form.street = cells.text(STREET);
    form.postcode = cells.text(POSTCODE);
    form.city = cells.text(CITY);
    form.municipalityCode = cells.text(MUNICIPALITY_CODE);
    form.employees = cells.wholeNumber(EMPLOYEES);
    form.annualTurnover = cells.money(ANNUAL_TURNOVER);
    form.socialEnterprise = cells.yesNo(SOCIAL_ENTERPRISE);
    form.csoRegistered = cells.yesNo(CSO_REGISTERED);
    form.psoLevel = cells.text(PSO_LEVEL);
    form.targetGroupPercent = cells.number(TARGET_GROUP_PERCENT);
    form.cpvCodes = cells.list(CPV_CODES);
    form.rStrategies = cells.list(R_STRATEGIES);
    form.serviceArea = cells.text(SERVICE_AREA);
    form.maxContractValue = cells.money(MAX_CONTRACT_VALUE);
    form.availableFrom = cells.date(AVAILABLE_FROM, AVAILABLE_FROM.header);
    form.availableUntil = cells.date(AVAILABLE_UNTIL, AVAILABLE_UNTIL.header);
    form.description = cells.text(DESCRIPTION);
    form.certifications = cells.certifications();
    return form;
  }

  /** The cells of one row with the conversions the file format allows. */
  private static final class Cells {
    private final IntFunction<String> cell;
    private final List<InvalidField> errors;

    Cells(IntFunction<String> cell, List<InvalidField> errors) {
      this.cell = cell;
      this.errors = errors;
    }

    String text(SupplierColumns column) {
      String text = cell.apply(column.ordinal());
      return text == null || text.isBlank() ? null : text.strip();
    }

    Integer wholeNumber(SupplierColumns column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException notWhole) {
        errors.add(new InvalidField(column.header, "field.wholeNumber", text));
        return null;
      }
    }

    /** A decimal with a point or a comma before the decimals, no thousands separators. */
    BigDecimal number(SupplierColumns column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      if (!NUMBER.matcher(text).matches()) {
        errors.add(new InvalidField(column.header, "field.number", text));
        return null;
      }
      return new BigDecimal(text.replace(',', '.'));
    }

    Money money(SupplierColumns column) {
      BigDecimal amount = number(column);
      return amount == null ? null : new Money(amount, Money.EURO);
    }

    Boolean yesNo(SupplierColumns column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      String lower = text.toLowerCase(Locale.ROOT);
      if (YES.contains(lower)) {
        return true;
      }
      if (NO.contains(lower)) {
        return false;
      }
      errors.add(new InvalidField(column.header, "field.yesNo", text));
      return null;
    }

    LocalDate date(SupplierColumns column, String field) {
      return date(text(column), field);
    }

    LocalDate date(String text, String field) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip());
      } catch (DateTimeParseException notIso) {
        errors.add(new InvalidField(field, "field.date", text.strip()));
        return null;
      }
    }

    List<String> list(SupplierColumns column) {
      String text = text(column);
      if (text == null) {
        return null;
      }
      List<String> entries = new ArrayList<>();
      for (String entry : text.split(Pattern.quote(LIST_SEPARATOR))) {
        if (!entry.isBlank()) {
          entries.add(entry.strip());
        }
      }
      return entries;
    }

    /** {@code KIND[/level][=name][:expiry]}, e.g. {@code CO2_PERFORMANCE_LADDER/3:2026-12-31}. */
    List<Registration.CertificationEntry> certifications() {
      List<String> written = list(CERTIFICATIONS);
      if (written == null) {
        return null;
      }
      List<Registration.CertificationEntry> entries = new ArrayList<>();
      for (int i = 0; i < written.size(); i++) {
        String field = CERTIFICATIONS.header + "[" + i + "]";
        Matcher parts = CERTIFICATE.matcher(written.get(i));
        if (!parts.matches()) {
          errors.add(new InvalidField(field, "field.certification.format", written.get(i)));
          continue;
        }
        entries.add(
            new Registration.CertificationEntry(
                blankToNull(parts.group("kind")),
                blankToNull(parts.group("name")),
                level(parts.group("level"), field),
                date(parts.group("date"), field + ".expiresOn")));
      }
      return entries;
    }

    private Integer level(String text, String field) {
      if (text == null || text.isBlank()) {
        return null;
      }
      try {
        return Integer.valueOf(text.strip());
      } catch (NumberFormatException notANumber) {
        errors.add(
            new InvalidField(
                field + ".level", "field.certification.level", RegistrationRules.CO2_LADDER_TOP));
        return null;
      }
    }

    private static String blankToNull(String text) {
      return text == null || text.isBlank() ? null : text.strip();
    }
  }
}
