package nl.kringkoop.reporting.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.kringkoop.reporting.control.CouncilReport;
import nl.kringkoop.reporting.control.ReportContent;
import nl.kringkoop.reporting.control.ReportCsv;
import nl.kringkoop.reporting.control.ReportTable;
import nl.kringkoop.reporting.control.ReportTables;
import nl.kringkoop.reporting.control.ReportWords;
import nl.kringkoop.reporting.control.ReportWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.util.Callbacks.SerializableConsumer;

/** The dashboard's downloads of what it shows: one table, the workbook, the PDF, the CSV. */
final class ReportDownloads {

  private static final String CSV = "text/csv; charset=UTF-8";

  private final ReportContent content;
  private final ReportWords words;

  ReportDownloads(ReportContent content, ReportWords words) {
    this.content = content;
    this.words = words;
  }

  /** One table (an id of {@link ReportTables#IDS}) as {@code csv} or {@code xlsx}. */
  StreamedContent table(String table, String format) {
    if (!ReportTables.IDS.contains(table)) {
      throw new IllegalArgumentException("No such table: " + table);
    }
    ReportTable chosen = new ReportTables(words).one(content, table);
    if ("xlsx".equals(format)) {
      return file(
          table + "-" + year() + ".xlsx",
          ReportsResource.XLSX,
          out -> ReportWorkbook.write(List.of(chosen), out));
    }
    return file(
        table + "-" + year() + ".csv", CSV, out -> text(out, w -> ReportCsv.table(chosen, w)));
  }

  StreamedContent workbook() {
    List<ReportTable> all = new ReportTables(words).all(content);
    return file(
        "spend-" + year() + ".xlsx", ReportsResource.XLSX, out -> ReportWorkbook.write(all, out));
  }

  StreamedContent councilReport() {
    CouncilReport report = new CouncilReport(words);
    ReportContent shown = content;
    return file("spend-" + year() + ".pdf", ReportsResource.PDF, out -> report.write(shown, out));
  }

  StreamedContent longFormat() {
    var figures = content.figures();
    return file(
        "spend-" + year() + ".csv", CSV, out -> text(out, w -> ReportCsv.longFormat(figures, w)));
  }

  private int year() {
    return content.figures().year();
  }

  private static StreamedContent file(
      String name, String type, SerializableConsumer<OutputStream> writer) {
    return DefaultStreamedContent.builder().name(name).contentType(type).writer(writer).build();
  }

  private static void text(OutputStream out, java.util.function.Consumer<Writer> writing) {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writing.accept(writer);
    try {
      writer.flush();
    } catch (IOException unwritable) {
      throw new UncheckedIOException(unwritable);
    }
  }
}
