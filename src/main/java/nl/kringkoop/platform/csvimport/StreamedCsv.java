package nl.kringkoop.platform.csvimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A large uploaded CSV file read one record at a time, without holding it in memory: UTF-8 with or
 * without a byte order mark, the separator taken from the header line ({@link
 * CsvUpload#separatorOf}), empty lines skipped, cells as written. The header's meaning is left to
 * the import that opens it.
 */
public final class StreamedCsv implements AutoCloseable {

  /** The longest header line the separator detection looks at. */
  static final int HEADER_MAX_CHARS = 16 * 1024;

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;

  private StreamedCsv(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
    this.header = records.next().toList();
  }

  /**
   * Opens the file and reads its header line.
   *
   * @param emptyKey message key of the malformed request for a file without a header line
   * @throws ProblemException a malformed request for an empty or unreadable file
   */
  public static StreamedCsv open(InputStream input, String emptyKey) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 64 * 1024);
    try {
      CsvUpload.skipByteOrderMark(reader);
      reader.mark(HEADER_MAX_CHARS);
      String firstLine = reader.readLine();
      if (firstLine == null || firstLine.isBlank()) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, emptyKey);
      }
      reader.reset();
      return new StreamedCsv(
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(CsvUpload.separatorOf(firstLine))
              .setIgnoreEmptyLines(true)
              .get()
              .parse(reader));
    } catch (IOException | UncheckedIOException unreadable) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, "import.unreadableHeader");
    }
  }

  /** The header line's cells as written. */
  public List<String> header() {
    return header;
  }

  /**
   * The next record with the first physical line it starts on, or empty at the end of the file.
   *
   * @throws UncheckedIOException when the rest of the file cannot be read as CSV (e.g. a quote that
   *     is never closed)
   */
  public Optional<Line> next() {
    long startLine = parser.getCurrentLineNumber() + 1;
    if (!records.hasNext()) {
      return Optional.empty();
    }
    CSVRecord record = records.next();
    long line = Math.max(startLine, CsvUpload.startLine(parser.getCurrentLineNumber(), record));
    return Optional.of(new Line(line, record));
  }

  /** The physical line where the record that was just read ends, header = line 1. */
  public long linesRead() {
    return parser.getCurrentLineNumber();
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // Nothing to save: the import has read what it could.
    }
  }

  /** A record and the physical line it starts on. */
  public record Line(long line, CSVRecord record) {}
}
