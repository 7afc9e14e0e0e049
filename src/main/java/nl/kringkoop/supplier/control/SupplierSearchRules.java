package nl.kringkoop.supplier.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.entity.MunicipalityCode;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * Reads the query parameters of a registry search into a {@link SupplierFilter} and a {@link
 * SupplierSort}, reporting every bad value at once under the parameter's name. A parameter may be
 * repeated ({@code ?cpv=45000000&cpv=39100000}) or hold values separated by commas ({@code
 * ?cpv=45000000,39100000}). Plain Java: reference data comes in as functions.
 */
public final class SupplierSearchRules {

  static final int VALUES_MAX = 50;
  static final int QUERY_MAX = 200;

  private final Function<String, CpvList.Resolution> cpv;
  private final Predicate<MunicipalityCode> knownMunicipality;
  private final Predicate<String> knownRegion;
  private final Predicate<String> knownProvince;

  public SupplierSearchRules(
      Function<String, CpvList.Resolution> cpv,
      Predicate<MunicipalityCode> knownMunicipality,
      Predicate<String> knownRegion,
      Predicate<String> knownProvince) {
    this.cpv = cpv;
    this.knownMunicipality = knownMunicipality;
    this.knownRegion = knownRegion;
    this.knownProvince = knownProvince;
  }

  /** Parameter names, as the API and the CSV link use them. */
  public static final class Param {
    public static final String CPV = "cpv";
    public static final String R_STRATEGY = "rStrategy";
    public static final String MUNICIPALITY = "municipality";
    public static final String REGION = "region";
    public static final String PROVINCE = "province";
    public static final String SIZE_CLASS = "sizeClass";
    public static final String SOCIAL_ENTERPRISE = "socialEnterprise";
    public static final String CERTIFICATION = "certification";
    public static final String QUERY = "q";
    public static final String VERIFIED = "verified";
    public static final String SORT = "sort";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private Param() {}
  }

  public Outcome check(Map<String, List<String>> parameters) {
    Reading reading = new Reading(parameters);
    List<SupplierFilter.CpvTerm> terms = new ArrayList<>();
    for (String code : reading.values(Param.CPV)) {
      cpvTerm(code, reading).ifPresent(terms::add);
    }
    Set<RStrategy> strategies = EnumSet.noneOf(RStrategy.class);
    for (String value : reading.values(Param.R_STRATEGY)) {
      reading
          .accept(Param.R_STRATEGY, RStrategy.parse(value), "field.rStrategy", value)
          .ifPresent(strategies::add);
    }
    Set<String> municipalities = municipalities(reading);
    Set<String> regions = places(reading, Param.REGION, knownRegion, "search.region");
    Set<String> provinces = places(reading, Param.PROVINCE, knownProvince, "search.province");
    Set<SizeClass> sizes = EnumSet.noneOf(SizeClass.class);
    for (String value : reading.values(Param.SIZE_CLASS)) {
      reading
          .accept(Param.SIZE_CLASS, constant(SizeClass.class, value), "search.sizeClass", value)
          .ifPresent(sizes::add);
    }
    Set<CertificationKind> certifications = EnumSet.noneOf(CertificationKind.class);
    for (String value : reading.values(Param.CERTIFICATION)) {
      reading
          .accept(
              Param.CERTIFICATION,
              constant(CertificationKind.class, value),
              "search.certification",
              value)
          .ifPresent(certifications::add);
    }
    Boolean social = reading.bool(Param.SOCIAL_ENTERPRISE);
    Boolean verified = reading.bool(Param.VERIFIED);
    String query = reading.single(Param.QUERY);
    if (query != null && query.length() > QUERY_MAX) {
      reading.add(Param.QUERY, "field.tooLong", QUERY_MAX);
      query = null;
    }
    String sortText = reading.single(Param.SORT);
    Optional<SupplierSort> sort = SupplierSort.parse(sortText);
    if (sort.isEmpty()) {
      reading.add(Param.SORT, "search.sort", sortText);
    }
    Integer page = reading.integer(Param.PAGE);
    Integer size = reading.integer(Param.SIZE);
    if (!reading.errors.isEmpty()) {
      return new Outcome(List.copyOf(reading.errors), null);
    }
    SupplierFilter filter =
        new SupplierFilter(
            terms,
            strategies,
            municipalities,
            regions,
            provinces,
            sizes,
            social,
            certifications,
            query,
            verified);
    return new Outcome(List.of(), new Search(filter, sort.get(), page, size));
  }

  private Optional<SupplierFilter.CpvTerm> cpvTerm(String written, Reading reading) {
    CpvList.Resolution resolution = cpv.apply(written);
    return switch (resolution.verdict()) {
      case VALID -> Optional.of(SupplierFilter.CpvTerm.of(resolution.entry().code()));
      case MALFORMED -> reading.refuse(Param.CPV, "field.cpv.malformed", written);
      case UNKNOWN -> reading.refuse(Param.CPV, "field.cpv.unknown", written);
      case WRONG_CHECK_DIGIT ->
          reading.refuse(
              Param.CPV, "field.cpv.checkDigit", written, resolution.entry().published());
    };
  }

  private Set<String> municipalities(Reading reading) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : reading.values(Param.MUNICIPALITY)) {
      if (MunicipalityCode.isValid(value)
          && knownMunicipality.test(MunicipalityCode.parse(value))) {
        codes.add(MunicipalityCode.parse(value).value());
      } else {
        reading.add(Param.MUNICIPALITY, "field.municipality", value);
      }
    }
    return codes;
  }

  private static Set<String> places(
      Reading reading, String parameter, Predicate<String> known, String messageKey) {
    Set<String> codes = new LinkedHashSet<>();
    for (String value : reading.values(parameter)) {
      String code = value.toUpperCase(Locale.ROOT);
      if (known.test(code)) {
        codes.add(code);
      } else {
        reading.add(parameter, messageKey, value);
      }
    }
    return codes;
  }

  private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
    try {
      return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
  }

  /** Either errors, or the search asked for (never both). */
  public record Outcome(List<InvalidField> errors, Search search) {

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** A checked search: what to find, in which order, and (for the API) which page. */
  public record Search(SupplierFilter filter, SupplierSort sort, Integer page, Integer size) {}

  /** The parameters of one request and the errors found reading them. */
  private static final class Reading {
    private final Map<String, List<String>> parameters;
    private final List<InvalidField> errors = new ArrayList<>();

    Reading(Map<String, List<String>> parameters) {
      this.parameters = parameters == null ? Map.of() : parameters;
    }

    /** Every non-blank value, split at commas; more than {@link #VALUES_MAX} is an error. */
    List<String> values(String parameter) {
      List<String> values = new ArrayList<>();
      for (String raw : parameters.getOrDefault(parameter, List.of())) {
        if (raw == null) {
          continue;
        }
        for (String piece : raw.split(",")) {
          if (!piece.isBlank()) {
            values.add(piece.strip());
          }
        }
      }
      if (values.size() > VALUES_MAX) {
        add(parameter, "field.tooMany", VALUES_MAX);
        return List.of();
      }
      return values;
    }

    /** The one value of a parameter given at most once; blank counts as absent. */
    String single(String parameter) {
      List<String> raw = parameters.getOrDefault(parameter, List.of());
      if (raw.size() > 1) {
        add(parameter, "search.once");
        return null;
      }
      return raw.isEmpty() || raw.get(0) == null || raw.get(0).isBlank()
          ? null
          : raw.get(0).strip();
    }

    Boolean bool(String parameter) {
      String value = single(parameter);
      if (value == null) {
        return null;
      }
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> {
          add(parameter, "search.boolean", value);
          yield null;
        }
      };
    }

    Integer integer(String parameter) {
      String value = single(parameter);
      if (value == null) {
        return null;
      }
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException notANumber) {
        add(parameter, "search.number", value);
        return null;
      }
    }

    <T> Optional<T> accept(String parameter, Optional<T> parsed, String messageKey, String value) {
      if (parsed.isEmpty()) {
        add(parameter, messageKey, value);
      }
      return parsed;
    }

    <T> Optional<T> refuse(String parameter, String messageKey, Object... args) {
      add(parameter, messageKey, args);
      return Optional.empty();
    }

    void add(String parameter, String messageKey, Object... args) {
      errors.add(new InvalidField(parameter, messageKey, args));
    }
  }
}
