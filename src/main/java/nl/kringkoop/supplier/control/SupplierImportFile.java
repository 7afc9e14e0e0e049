package nl.kringkoop.supplier.control;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.platform.csvimport.BatchedImport;
import nl.kringkoop.platform.csvimport.StreamedCsv;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a supplier import file one row at a time, without holding the file in memory. UTF-8 with or
 * without a byte order mark; the header line decides the separator (semicolon when it has more
 * semicolons than commas, as spreadsheets with a Dutch locale write, comma otherwise). Columns are
 * found by their header name, in any order; a header the import does not know, a column named twice
 * or a required column missing refuses the whole file before anything is stored.
 */
public final class SupplierImportFile
    implements BatchedImport.Rows<SupplierImportFile.Row>, AutoCloseable {

  private final StreamedCsv csv;
  private final Map<SupplierColumns, Integer> positions;
  private final int width;

  private SupplierImportFile(StreamedCsv csv, Map<SupplierColumns, Integer> positions) {
    this.csv = csv;
    this.positions = positions;
    this.width = csv.header().size();
  }

  /**
   * Opens the file and checks its header.
   *
   * @throws ProblemException a validation problem naming each wrong, doubled or missing column, or
   *     a malformed request for an empty or unreadable file
   */
  public static SupplierImportFile open(InputStream input) {
    StreamedCsv csv = StreamedCsv.open(input, "import.empty");
    return new SupplierImportFile(csv, positions(csv.header()));
  }

  /**
   * The next row, or empty at the end of the file.
   *
   * @throws UncheckedIOException when the rest of the file cannot be read as CSV (e.g. a quote that
   *     is never closed)
   */
  @Override
  public Optional<Row> next() {
    Optional<StreamedCsv.Line> next = csv.next();
    if (next.isEmpty()) {
      return Optional.empty();
    }
    long line = next.get().line();
    CSVRecord record = next.get().record();
    List<InvalidField> errors = new ArrayList<>();
    if (record.size() > width) {
      errors.add(new InvalidField("row", "import.row.cells", record.size(), width));
      return Optional.of(new Row(line, new Registration(), errors));
    }
    Registration form =
        SupplierColumns.read(
            ordinal -> {
              Integer position = positions.get(SupplierColumns.values()[ordinal]);
              return position == null || position >= record.size() ? null : record.get(position);
            },
            errors);
    return Optional.of(new Row(line, form, errors));
  }

  @Override
  public long linesRead() {
    return csv.linesRead();
  }

  @Override
  public void close() {
    csv.close();
  }

  /** A row as read: its first physical line, the values, and cells that were not convertible. */
  public record Row(long line, Registration form, List<InvalidField> errors) {}

  private static Map<SupplierColumns, Integer> positions(List<String> header) {
    Map<SupplierColumns, Integer> positions = new EnumMap<>(SupplierColumns.class);
    List<InvalidField> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip();
      if (name.isEmpty()) {
        continue; // a trailing separator, as spreadsheets sometimes write
      }
      Optional<SupplierColumns> column = SupplierColumns.byHeader(name);
      if (column.isEmpty()) {
        errors.add(new InvalidField(name, "import.header.unknown"));
      } else if (!seen.add(column.get().header())) {
        errors.add(new InvalidField(name, "import.header.twice"));
      } else {
        positions.put(column.get(), i);
      }
    }
    for (SupplierColumns column : SupplierColumns.values()) {
      if (column.required() && !positions.containsKey(column)) {
        errors.add(new InvalidField(column.header(), "import.header.missing"));
      }
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(errors);
    }
    return positions;
  }
}
