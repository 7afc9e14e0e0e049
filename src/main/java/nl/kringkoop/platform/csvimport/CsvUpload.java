package nl.kringkoop.platform.csvimport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file an administrator uploads, read the way spreadsheets write it: UTF-8 with or without a
 * byte order mark, comma or semicolon (taken from the header row), a header row naming the columns
 * in any order and case, lines starting with {@code #} and empty lines skipped, values trimmed.
 */
public final class CsvUpload {

  private static final char BOM = '\uFEFF';
  private static final int HEADER_SCAN_LIMIT = 64 * 1024;

  private CsvUpload() {}

  /**
   * Reads every data row of {@code csv} and hands it to {@code rowConsumer}.
   *
   * @throws ProblemException 400 when the header lacks a column of {@code required}, or the file
   *     has more than {@code maxRows} data rows (nothing should be stored then)
   */
  public static void read(
      InputStream csv, List<String> required, int maxRows, Consumer<Row> rowConsumer) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      skipByteOrderMark(reader);
      char delimiter = delimiterOf(reader);
      CSVFormat format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(delimiter)
              .setHeader()
              .setSkipHeaderRecord(true)
              .setCommentMarker('#')
              .setIgnoreEmptyLines(true)
              .setIgnoreHeaderCase(true)
              .setTrim(true)
              .setAllowMissingColumnNames(true)
              .get();
      try (CSVParser parser = format.parse(reader)) {
        checkHeader(parser.getHeaderNames(), required);
        Iterator<CSVRecord> records = parser.iterator();
        int count = 0;
        while (records.hasNext()) {
          CSVRecord record = records.next();
          if (++count > maxRows) {
            throw ProblemException.invalid(
                List.of(new InvalidField("file", "import.tooManyRows", maxRows)));
          }
          rowConsumer.accept(new Row(startLine(parser.getCurrentLineNumber(), record), record));
        }
      }
    } catch (IOException | UncheckedIOException unreadable) {
      throw ProblemException.invalid(List.of(new InvalidField("file", "import.unreadable")));
    }
  }

  /** Counts the lines of a file quickly, for a progress bar's total before the real work. */
  public static int countLines(byte[] csv) {
    int lines = 0;
    for (byte b : csv) {
      if (b == '\n') {
        lines++;
      }
    }
    return csv.length > 0 && csv[csv.length - 1] != '\n' ? lines + 1 : lines;
  }

  /** Skips the UTF-8 byte order mark that spreadsheets write, when there is one. */
  public static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BOM) {
      reader.reset();
    }
  }

  /** The header row decides: semicolons when it has more of them than commas. */
  private static char delimiterOf(BufferedReader reader) throws IOException {
    reader.mark(HEADER_SCAN_LIMIT);
    try {
      int read = 0;
      String line;
      while ((line = reader.readLine()) != null) {
        read += line.length() + 1;
        if (read >= HEADER_SCAN_LIMIT) {
          break;
        }
        String text = line.strip();
        if (!text.isEmpty() && !text.startsWith("#")) {
          return separatorOf(text);
        }
      }
      return ',';
    } finally {
      reader.reset();
    }
  }

  /** Semicolons when the header line has more of them than commas, as Dutch spreadsheets write. */
  public static char separatorOf(String headerLine) {
    return count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  }

  private static long count(String text, char c) {
    return text.chars().filter(ch -> ch == c).count();
  }

  private static void checkHeader(List<String> header, List<String> required) {
    Set<String> present = new TreeSet<>();
    for (String name : header) {
      String column = name.strip().toLowerCase(Locale.ROOT);
      if (!column.isEmpty() && !present.add(column)) {
        // Which of the two would count is not obvious to the person who made the file.
        throw ProblemException.invalid(
            List.of(new InvalidField("header", "import.duplicateColumn")));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String column : required) {
      if (!present.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      throw ProblemException.invalid(
          List.of(
              new InvalidField(
                  "header",
                  "import.header",
                  String.join(",", required),
                  String.join(",", missing))));
    }
  }

  /** The parser reports the line a record ends on; quoted line breaks move its start up. */
  public static long startLine(long endLine, CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      breaks += value.chars().filter(ch -> ch == '\n').count();
    }
    return endLine - breaks;
  }

  /** One data row with the file line it starts on. */
  public record Row(long line, CSVRecord record) {

    /** The trimmed value of a column, or an empty string when the row is too short. */
    public String get(String column) {
      if (!record.isMapped(column) || !record.isSet(column)) {
        return "";
      }
      String value = record.get(column);
      return value == null ? "" : value.strip();
    }
  }
}
