package nl.kringkoop.reporting.control;

import java.util.Optional;
import java.util.regex.Pattern;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * What a spend report covers: one municipality's year, optionally narrowed to one department and to
 * the firms of one COROP region.
 */
public record ReportScope(
    long buyerId, int year, Optional<String> department, Optional<String> region) {

  /** Years a report may ask for; spend records before or after these are not plausible. */
  public static final int FIRST_YEAR = 2000;

  public static final int LAST_YEAR = 2100;

  public static final int DEPARTMENT_MAX = 120;
  private static final Pattern REGION = Pattern.compile("[A-Za-z0-9]{1,4}");

  public ReportScope {
    department = department.map(String::strip).filter(text -> !text.isEmpty());
    region = region.map(String::strip).filter(text -> !text.isEmpty());
  }

  public static ReportScope of(long buyerId, int year) {
    return new ReportScope(buyerId, year, Optional.empty(), Optional.empty());
  }

  /**
   * The scope written in a request's parameters.
   *
   * @throws nl.kringkoop.platform.problem.ProblemException invalid, naming each bad parameter
   */
  public static ReportScope parse(long buyerId, String year, String department, String region) {
    FieldChecks checks = new FieldChecks();
    int parsedYear = year(checks, year);
    if (department != null && department.strip().length() > DEPARTMENT_MAX) {
      checks.add("department", "field.tooLong", DEPARTMENT_MAX);
    }
    if (region != null && !region.isBlank() && !REGION.matcher(region.strip()).matches()) {
      checks.add("region", "reporting.field.region");
    }
    checks.throwIfAny();
    return new ReportScope(
        buyerId, parsedYear, Optional.ofNullable(department), Optional.ofNullable(region));
  }

  /** The year written, or 0 after reporting it missing or out of range. */
  public static int year(FieldChecks checks, String year) {
    if (checks.missing("year", year)) {
      return 0;
    }
    try {
      int parsed = Integer.parseInt(year.strip());
      if (parsed >= FIRST_YEAR && parsed <= LAST_YEAR) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    checks.add("year", "field.year", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
    return 0;
  }

  public boolean isFiltered() {
    return department.isPresent() || region.isPresent();
  }
}
