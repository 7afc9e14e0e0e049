package nl.kringkoop.supplier.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.spreadsheet.FormulaGuard;
import nl.kringkoop.supplier.entity.Certification;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.SupplierProfile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes search results as CSV (RFC 4180: comma, double quotes where needed, CRLF) with a fixed
 * header, so spreadsheets and scripts can rely on the columns. Contact columns stay empty for
 * callers who may not see contact details. A cell that a spreadsheet would read as a formula
 * (starting with {@code = + - @}, tab or carriage return) gets a leading apostrophe.
 */
public final class SupplierCsv {

  /** The columns, in order. Documented in the user guide; add at the end only. */
  public static final List<String> HEADER =
      List.of(
          "id",
          "name",
          "kvk_number",
          "municipality_code",
          "municipality_name",
          "size_class",
          "employees",
          "social_enterprise",
          "pso_level",
          "cpv_codes",
          "r_strategies",
          "certifications",
          "kvk_verified",
          "social_verified",
          "contact_name",
          "email",
          "phone",
          "updated_at");

  private final CSVPrinter printer;
  private final Function<String, String> municipalityName;
  private final boolean withContact;
  private final LocalDate today;

  /**
   * @param municipalityName the name of a municipality by its CBS code, or {@code null}
   * @param withContact whether the caller may see contact details
   * @param today the day on which a certificate must still be valid to be listed
   */
  public SupplierCsv(
      Writer out, Function<String, String> municipalityName, boolean withContact, LocalDate today) {
    try {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header()).get());
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
    this.municipalityName = municipalityName;
    this.withContact = withContact;
    this.today = today;
  }

  private static String[] header() {
    return HEADER.toArray(String[]::new);
  }

  public void write(List<SupplierProfile> profiles) {
    try {
      for (SupplierProfile profile : profiles) {
        printer.printRecord(row(profile).stream().map(FormulaGuard::defuse).toList());
      }
      printer.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }

  private List<String> row(SupplierProfile profile) {
    String municipality = profile.organisation().location().map(Object::toString).orElse(null);
    var social = profile.socialEnterprise();
    var contact = profile.contact();
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(profile.id() == null ? null : profile.id().toString());
    cells.add(profile.organisation().name());
    cells.add(profile.organisation().kvkNumber().map(Object::toString).orElse(null));
    cells.add(municipality);
    cells.add(municipality == null ? null : municipalityName.apply(municipality));
    cells.add(profile.sizeClass().name());
    cells.add(String.valueOf(profile.employees()));
    cells.add(String.valueOf(social.claimed()));
    cells.add(social.psoLevel() == null ? null : social.psoLevel().code());
    cells.add(profile.cpvCodes().stream().map(CpvCode::digits).collect(Collectors.joining(" ")));
    cells.add(profile.rStrategies().stream().map(RStrategy::name).collect(Collectors.joining(" ")));
    cells.add(certifications(profile.certifications()));
    cells.add(String.valueOf(profile.kvkVerified()));
    cells.add(String.valueOf(profile.socialVerified()));
    cells.add(withContact ? contact.name() : null);
    cells.add(withContact ? contact.email() : null);
    cells.add(withContact ? contact.phone() : null);
    cells.add(profile.updatedAt() == null ? null : profile.updatedAt().toString());
    return cells;
  }

  /** Valid certificates as {@code KIND}, {@code KIND level} or {@code OTHER name}. */
  private String certifications(List<Certification> held) {
    return held.stream()
        .filter(certification -> certification.isValidOn(today))
        .map(
            certification -> {
              if (certification.kind() == CertificationKind.OTHER) {
                return "OTHER " + certification.name();
              }
              return certification.level() == null
                  ? certification.kind().name()
                  : certification.kind().name() + " " + certification.level();
            })
        .collect(Collectors.joining(" | "));
  }
}
