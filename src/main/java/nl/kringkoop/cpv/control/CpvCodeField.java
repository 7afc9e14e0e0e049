package nl.kringkoop.cpv.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.platform.problem.FieldChecks;

/**
 * Reads CPV codes written in a form or request: each is resolved against the official list and
 * every malformed, unknown or wrongly check-digited code is reported under its own field name.
 */
public final class CpvCodeField {

  private CpvCodeField() {}

  /**
   * Resolves a list reported per element as {@code field[i]}, or, when {@code singleField} is
   * given, every code under that one name.
   */
  public static Set<CpvCode> resolve(
      List<String> written,
      Function<String, CpvList.Resolution> cpv,
      FieldChecks checks,
      String field,
      boolean singleField) {
    Set<CpvCode> codes = new LinkedHashSet<>();
    if (written == null) {
      return codes;
    }
    for (int i = 0; i < written.size(); i++) {
      String code = written.get(i);
      CpvList.Resolution resolution = cpv.apply(code);
      String name = singleField ? field : field + "[" + i + "]";
      switch (resolution.verdict()) {
        case VALID -> codes.add(resolution.entry().code());
        case MALFORMED -> checks.add(name, "field.cpv.malformed", String.valueOf(code));
        case UNKNOWN -> checks.add(name, "field.cpv.unknown", code.strip());
        case WRONG_CHECK_DIGIT ->
            checks.add(name, "field.cpv.checkDigit", code.strip(), resolution.entry().published());
      }
    }
    return codes;
  }
}
