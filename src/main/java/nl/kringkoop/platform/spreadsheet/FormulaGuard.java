package nl.kringkoop.platform.spreadsheet;

/**
 * Defuses text that a spreadsheet would evaluate as a formula (starting with {@code = + - @}, tab
 * or carriage return) by prefixing an apostrophe, so exported data cannot run in the reader's
 * spreadsheet program.
 */
public final class FormulaGuard {

  private FormulaGuard() {}

  public static String defuse(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    if (first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r') {
      return "'" + cell;
    }
    return cell;
  }
}
