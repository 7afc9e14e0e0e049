package nl.kringkoop.contract.control;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.platform.csvimport.BatchedImport;
import nl.kringkoop.platform.csvimport.StreamedCsv;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a spend file exported from a municipality's books one line at a time, without holding the
 * file in memory. UTF-8 with or without a byte order mark; the header line decides the separator
 * (semicolon when it has more semicolons than commas). Columns are found by name in any order;
 * {@code contract_reference}, {@code invoice_date} and {@code amount} are required, {@code
 * invoice_number}, {@code paid_date} and {@code r_strategy} optional. Dates are written {@code
 * 2026-03-31} or {@code 31-03-2026}; amounts with a point or a comma before at most two decimals,
 * without thousands separators, negative for a credit note. An unknown, doubled or missing column
 * refuses the whole file before anything is stored.
 */
public final class SpendImportFile
    implements BatchedImport.Rows<SpendImportFile.SpendLine>, AutoCloseable {

  public static final String CONTRACT_REFERENCE = "contract_reference";
  public static final String INVOICE_NUMBER = "invoice_number";
  public static final String INVOICE_DATE = "invoice_date";
  public static final String AMOUNT = "amount";
  public static final String PAID_DATE = "paid_date";
  public static final String R_STRATEGY = "r_strategy";

  /** Every column in the documented order. */
  public static final List<String> COLUMNS =
      List.of(CONTRACT_REFERENCE, INVOICE_NUMBER, INVOICE_DATE, AMOUNT, PAID_DATE, R_STRATEGY);

  /** The columns a file must have (their cells may still be empty on a line). */
  public static final List<String> REQUIRED = List.of(CONTRACT_REFERENCE, INVOICE_DATE, AMOUNT);

  private static final Pattern EUROS = Pattern.compile("-?\\d{1,13}([.,]\\d{1,2})?");
  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final StreamedCsv csv;
  private final Map<String, Integer> positions;
  private final int width;

  private SpendImportFile(StreamedCsv csv, Map<String, Integer> positions) {
    this.csv = csv;
    this.positions = positions;
    this.width = csv.header().size();
  }

  /**
   * Opens the file and checks its header.
   *
   * @throws ProblemException a validation problem naming each unknown, doubled or missing column,
   *     or a malformed request for an empty or unreadable file
   */
  public static SpendImportFile open(InputStream input) {
    StreamedCsv csv = StreamedCsv.open(input, "spend.import.empty");
    return new SpendImportFile(csv, positions(csv.header()));
  }

  /**
   * The next line, or empty at the end of the file.
   *
   * @throws UncheckedIOException when the rest of the file cannot be read as CSV
   */
  @Override
  public Optional<SpendLine> next() {
    Optional<StreamedCsv.Line> next = csv.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    CSVRecord record = next.get().record();
    List<InvalidField> errors = new ArrayList<>();
    if (record.size() > width) {
      errors.add(new InvalidField("row", "import.row.cells", record.size(), width));
    } else if (record.size() < width) {
      errors.add(new InvalidField("row", "spend.import.row.short", record.size(), width));
    }
    return Optional.of(
        new SpendLine(
            next.get().line(),
            cell(record, CONTRACT_REFERENCE),
            cell(record, INVOICE_NUMBER),
            date(INVOICE_DATE, cell(record, INVOICE_DATE), errors),
            euros(cell(record, AMOUNT), errors),
            date(PAID_DATE, cell(record, PAID_DATE), errors),
            strategy(cell(record, R_STRATEGY), errors),
            errors));
  }

  @Override
  public long linesRead() {
    return csv.linesRead();
  }

  @Override
  public void close() {
    csv.close();
  }

  /** The stripped cell, or null when the column is absent, the line too short or the cell empty. */
  private String cell(CSVRecord record, String column) {
    Integer position = positions.get(column);
    if (position == null || position >= record.size()) {
      return null;
    }
    String value = record.get(position).strip();
    return value.isEmpty() ? null : value;
  }

  /** A date written {@code 2026-03-31} or {@code 31-03-2026}; null when empty or unreadable. */
  static LocalDate date(String column, String text, List<InvalidField> errors) {
    if (text == null) {
      return null;
    }
    try {
      return text.length() > 4 && text.charAt(4) == '-'
          ? LocalDate.parse(text)
          : LocalDate.parse(text, DUTCH_DATE);
    } catch (DateTimeParseException notADate) {
      errors.add(new InvalidField(column, "spend.import.date", text));
      return null;
    }
  }

  /** An amount in euros with a decimal point or comma; null when empty or unreadable. */
  static BigDecimal euros(String text, List<InvalidField> errors) {
    if (text == null) {
      return null;
    }
    if (!EUROS.matcher(text).matches()) {
      errors.add(new InvalidField(AMOUNT, "spend.import.amount", text));
      return null;
    }
    return new BigDecimal(text.replace(',', '.')).setScale(2);
  }

  private static RStrategy strategy(String text, List<InvalidField> errors) {
    if (text == null) {
      return null;
    }
    Optional<RStrategy> parsed = RStrategy.parse(text);
    if (parsed.isEmpty()) {
      errors.add(new InvalidField(R_STRATEGY, "spend.field.rStrategy", text));
    }
    return parsed.orElse(null);
  }

  private static Map<String, Integer> positions(List<String> header) {
    Map<String, Integer> positions = new HashMap<>();
    List<InvalidField> errors = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue; // a trailing separator, as spreadsheets sometimes write
      }
      if (!COLUMNS.contains(name)) {
        errors.add(new InvalidField(header.get(i).strip(), "spend.import.header.unknown"));
      } else if (positions.putIfAbsent(name, i) != null) {
        errors.add(new InvalidField(name, "import.header.twice"));
      }
    }
    for (String column : REQUIRED) {
      if (!positions.containsKey(column)) {
        errors.add(new InvalidField(column, "import.header.missing"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return positions;
  }

  /**
   * One line as read: the first physical line it starts on, its values (null where empty or not
   * readable), and every cell that could not be read.
   */
  public record SpendLine(
      long line,
      String contractReference,
      String invoiceNumber,
      LocalDate invoiceDate,
      BigDecimal amount,
      LocalDate paidOn,
      RStrategy rStrategy,
      List<InvalidField> errors) {

    public SpendLine {
      errors = List.copyOf(errors);
    }

    /** Whether a column's cell could not be read (then its emptiness is not reported again). */
    public boolean unreadable(String column) {
      return errors.stream().anyMatch(e -> e.field().equals(column));
    }
  }
}
