package nl.kringkoop.region.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kringkoop.platform.csvimport.CsvUpload;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.entity.MunicipalityCode;

/**
 * Checks the rows of an uploaded region file: one municipality per row with its COROP region and
 * province. Codes must have the CBS form (GM + 4, CR + 2, PV + 2 digits), names must be present,
 * each municipality appears once, and a COROP region or province keeps the name and (for a COROP
 * region) the province of the first row that named it. Plain Java; one instance per file.
 */
public final class RegionRules {

  public static final List<String> COLUMNS =
      List.of(
          "municipality_code",
          "municipality_name",
          "corop_code",
          "corop_name",
          "province_code",
          "province_name");
  public static final int NAME_MAX = 120;

  private static final Pattern COROP = Pattern.compile("CR\\d{2}");
  private static final Pattern PROVINCE = Pattern.compile("PV\\d{2}");

  private final Map<String, Long> municipalities = new HashMap<>();
  private final Map<String, Named> corops = new HashMap<>();
  private final Map<String, Named> provinces = new HashMap<>();

  public Outcome check(CsvUpload.Row row) {
    List<InvalidField> errors = new ArrayList<>();
    String municipalityCode = code(row, "municipality_code", errors);
    if (municipalityCode != null && !MunicipalityCode.isValid(municipalityCode)) {
      errors.add(
          new InvalidField("municipality_code", "field.region.municipalityCode", municipalityCode));
    }
    String coropCode = code(row, "corop_code", errors);
    if (coropCode != null && !COROP.matcher(coropCode).matches()) {
      errors.add(new InvalidField("corop_code", "field.region.coropCode", coropCode));
    }
    String provinceCode = code(row, "province_code", errors);
    if (provinceCode != null && !PROVINCE.matcher(provinceCode).matches()) {
      errors.add(new InvalidField("province_code", "field.region.provinceCode", provinceCode));
    }
    String municipalityName = name(row, "municipality_name", errors);
    String coropName = name(row, "corop_name", errors);
    String provinceName = name(row, "province_name", errors);
    if (errors.isEmpty()) {
      consistent(municipalityCode, coropCode, coropName, provinceCode, provinceName, errors);
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, new RejectedRow(row.line(), errors));
    }
    municipalities.put(municipalityCode, row.line());
    corops.putIfAbsent(coropCode, new Named(coropName, provinceCode, row.line()));
    provinces.putIfAbsent(provinceCode, new Named(provinceName, null, row.line()));
    return new Outcome(
        new Accepted(
            new MunicipalityCode(municipalityCode),
            municipalityName,
            coropCode,
            coropName,
            provinceCode,
            provinceName),
        null);
  }

  private void consistent(
      String municipalityCode,
      String coropCode,
      String coropName,
      String provinceCode,
      String provinceName,
      List<InvalidField> errors) {
    Long earlier = municipalities.get(municipalityCode);
    if (earlier != null) {
      errors.add(new InvalidField("municipality_code", "import.duplicate", earlier));
    }
    Named corop = corops.get(coropCode);
    if (corop != null && !corop.name().equals(coropName)) {
      errors.add(
          new InvalidField(
              "corop_name", "import.region.otherName", coropCode, corop.name(), corop.line()));
    }
    if (corop != null && !corop.province().equals(provinceCode)) {
      errors.add(
          new InvalidField(
              "province_code",
              "import.region.coropProvince",
              coropCode,
              corop.province(),
              corop.line()));
    }
    Named province = provinces.get(provinceCode);
    if (province != null && !province.name().equals(provinceName)) {
      errors.add(
          new InvalidField(
              "province_name",
              "import.region.otherName",
              provinceCode,
              province.name(),
              province.line()));
    }
  }

  private static String code(CsvUpload.Row row, String column, List<InvalidField> errors) {
    String value = row.get(column).toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      errors.add(new InvalidField(column, "field.required"));
      return null;
    }
    return value;
  }

  private static String name(CsvUpload.Row row, String column, List<InvalidField> errors) {
    String value = row.get(column);
    if (value.isEmpty()) {
      errors.add(new InvalidField(column, "field.required"));
    } else if (value.length() > NAME_MAX) {
      errors.add(new InvalidField(column, "field.tooLong", NAME_MAX));
    }
    return value;
  }

  /** A valid row: a municipality in its COROP region in its province. */
  public record Accepted(
      MunicipalityCode municipalityCode,
      String municipalityName,
      String coropCode,
      String coropName,
      String provinceCode,
      String provinceName) {}

  /** Either an accepted row or the reasons it was rejected. */
  public record Outcome(Accepted accepted, RejectedRow rejected) {

    public boolean ok() {
      return accepted != null;
    }
  }

  private record Named(String name, String province, long line) {}
}
