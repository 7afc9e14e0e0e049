package nl.kringkoop.cpv.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.csvimport.CsvUpload;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * Checks the rows of an uploaded CPV label file ({@code code,label}): the code must be in the
 * official list (with or without its check digit, which must then match the list's), the label
 * present and at most {@value #LABEL_MAX} characters, and each code given once. Plain Java; one
 * instance per file, because it remembers the codes it has seen.
 */
public final class CpvLabelRules {

  public static final List<String> COLUMNS = List.of("code", "label");
  public static final int LABEL_MAX = 1000;

  private final Function<String, CpvList.Resolution> cpv;
  private final Map<String, Long> seen = new HashMap<>();

  public CpvLabelRules(Function<String, CpvList.Resolution> cpv) {
    this.cpv = cpv;
  }

  public Outcome check(CsvUpload.Row row) {
    List<InvalidField> errors = new ArrayList<>();
    String written = row.get("code");
    CpvCode code = null;
    if (written.isEmpty()) {
      errors.add(new InvalidField("code", "field.required"));
    } else {
      CpvList.Resolution resolution = cpv.apply(written);
      switch (resolution.verdict()) {
        case VALID -> code = resolution.entry().code();
        case MALFORMED -> errors.add(new InvalidField("code", "field.cpv.malformed", written));
        case UNKNOWN -> errors.add(new InvalidField("code", "field.cpv.unknown", written));
        case WRONG_CHECK_DIGIT ->
            errors.add(
                new InvalidField(
                    "code", "field.cpv.checkDigit", written, resolution.entry().published()));
      }
    }
    String label = row.get("label");
    if (label.isEmpty()) {
      errors.add(new InvalidField("label", "field.required"));
    } else if (label.length() > LABEL_MAX) {
      errors.add(new InvalidField("label", "field.tooLong", LABEL_MAX));
    }
    if (code != null && seen.containsKey(code.digits())) {
      errors.add(new InvalidField("code", "import.duplicate", seen.get(code.digits())));
    }
    if (!errors.isEmpty()) {
      return new Outcome(null, new RejectedRow(row.line(), errors));
    }
    seen.put(code.digits(), row.line());
    return new Outcome(new Accepted(code, label), null);
  }

  /** A valid row: the code's eight digits and its label. */
  public record Accepted(CpvCode code, String label) {}

  /** Either an accepted row or the reasons it was rejected. */
  public record Outcome(Accepted accepted, RejectedRow rejected) {

    public boolean ok() {
      return accepted != null;
    }
  }
}
