package nl.kringkoop.reporting.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Percentages;

/**
 * The council report on a year's spend as PDF: a title page (municipality, year, date, filters),
 * the key figures against the targets, bar charts of the shares, the months, the R-ladder and the
 * supplier types, and every table of the report. Dutch unless the reader asked for English.
 */
public final class CouncilReport {

  private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf2);
  private static final float CHART_HEIGHT = 170;

  private final ReportWords words;
  private final BaseFont regular;
  private final Font body;
  private final Font bold;
  private final Font heading;
  private final Font title;
  private final NumberFormat decimals;
  private final NumberFormat whole;

  public CouncilReport(ReportWords words) {
    this.words = words;
    try {
      regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      BaseFont strong =
          BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
      body = new Font(regular, 9);
      bold = new Font(strong, 9);
      heading = new Font(strong, 14);
      title = new Font(strong, 26);
    } catch (IOException | DocumentException missing) {
      throw new IllegalStateException("The standard PDF fonts are missing", missing);
    }
    decimals = NumberFormat.getNumberInstance(words.locale());
    decimals.setMinimumFractionDigits(2);
    decimals.setMaximumFractionDigits(2);
    whole = NumberFormat.getIntegerInstance(words.locale());
  }

  public void write(ReportContent content, OutputStream out) {
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle(words.get("pdf.title", String.valueOf(content.figures().year())));
      document.addSubject(content.municipality());
      document.open();
      titlePage(document, content);
      document.newPage();
      keyFigures(document, writer, content.figures());
      charts(document, writer, content.figures());
      document.newPage();
      ReportTables tables = new ReportTables(words);
      for (ReportTable table : tables.all(content)) {
        table(document, table);
      }
      document.close();
    } catch (DocumentException failed) {
      throw new IllegalStateException("Cannot write the council report", failed);
    }
  }

  private void titlePage(Document document, ReportContent content) throws DocumentException {
    Paragraph spacer = new Paragraph(" ", body);
    spacer.setSpacingBefore(180);
    document.add(spacer);
    Paragraph name =
        new Paragraph(words.get("pdf.title", String.valueOf(content.figures().year())), title);
    name.setSpacingAfter(18);
    document.add(name);
    document.add(new Paragraph(content.municipality(), heading));
    Paragraph year =
        new Paragraph(words.get("pdf.year", String.valueOf(content.figures().year())), body);
    year.setSpacingBefore(12);
    document.add(year);
    document.add(new Paragraph(words.get("pdf.madeOn", date(content.madeOn())), body));
    ReportScope scope = content.scope();
    if (scope.department().isPresent()) {
      document.add(new Paragraph(words.get("pdf.department", scope.department().get()), body));
    }
    if (scope.region().isPresent()) {
      document.add(new Paragraph(words.get("pdf.region", scope.region().get()), body));
    }
    Paragraph about = new Paragraph(words.get("pdf.about"), body);
    about.setSpacingBefore(24);
    document.add(about);
    if (content.figures().isEmpty()) {
      document.add(new Paragraph(words.get("pdf.empty"), bold));
    }
  }

  private void keyFigures(Document document, PdfWriter writer, SpendFigures figures)
      throws DocumentException {
    document.add(section(words.get("pdf.keyFigures")));
    Paragraph total =
        new Paragraph(
            words.get("pdf.totalSpend", "EUR " + decimals.format(figures.totals().total())), bold);
    total.setSpacingAfter(8);
    document.add(total);
    table(document, new ReportTables(words).summary(figures));
    Percentages shares = figures.shares();
    Percentages targets = figures.targets().orElse(null);
    List<BarChart.Bar> bars =
        List.of(
            new BarChart.Bar(
                words.get("measure.circular"),
                shares.circular(),
                null,
                targets == null ? null : targets.circular()),
            new BarChart.Bar(
                words.get("measure.local"),
                shares.local(),
                null,
                targets == null ? null : targets.local()),
            new BarChart.Bar(
                words.get("measure.sme"),
                shares.sme(),
                null,
                targets == null ? null : targets.sme()),
            new BarChart.Bar(
                words.get("measure.social"),
                shares.social(),
                null,
                targets == null ? null : targets.social()));
    chart(
        document,
        writer,
        words.get("chart.shares"),
        bars,
        words.get("column.share"),
        targets == null ? null : words.get("column.target"),
        BigDecimal.valueOf(100));
  }

  private void charts(Document document, PdfWriter writer, SpendFigures figures)
      throws DocumentException {
    List<BarChart.Bar> months = new ArrayList<>();
    for (MonthRow month : figures.byMonth()) {
      months.add(
          new BarChart.Bar(
              words.shortMonth(month.month()),
              month.amounts().total(),
              month.amounts().circular()));
    }
    chart(
        document,
        writer,
        words.get("chart.months"),
        months,
        words.get("column.total"),
        words.get("measure.circular"),
        null);
    chart(
        document,
        writer,
        words.get("chart.strategies"),
        figures.byRStrategy().stream()
            .map(
                slice ->
                    new BarChart.Bar(
                        SpendFigures.NO_STRATEGY.equals(slice.key())
                            ? words.get("strategy.noneShort")
                            : slice.key(),
                        slice.amount(),
                        null))
            .toList(),
        words.get("column.amount"),
        null,
        null);
    chart(
        document,
        writer,
        words.get("chart.supplierTypes"),
        figures.bySupplierType().stream()
            .map(slice -> new BarChart.Bar(words.supplierType(slice.key()), slice.amount(), null))
            .toList(),
        words.get("column.amount"),
        null,
        null);
  }

  private void chart(
      Document document,
      PdfWriter writer,
      String caption,
      List<BarChart.Bar> bars,
      String wholeName,
      String partName,
      BigDecimal scaleMax)
      throws DocumentException {
    float width = document.right() - document.left();
    Image chart =
        Image.getInstance(
            new BarChart(regular, this::compact)
                .draw(
                    writer.getDirectContent(),
                    width,
                    CHART_HEIGHT,
                    bars,
                    wholeName,
                    partName,
                    scaleMax));
    chart.setAlt(caption);
    // Caption and chart in one borderless table, so a page break never parts them.
    PdfPTable frame = new PdfPTable(1);
    frame.setWidthPercentage(100);
    frame.setKeepTogether(true);
    frame.setSpacingBefore(10);
    PdfPCell name = new PdfPCell(new Phrase(caption, bold));
    name.setBorder(PdfPCell.NO_BORDER);
    name.setPaddingBottom(6);
    frame.addCell(name);
    PdfPCell picture = new PdfPCell(chart, true);
    picture.setBorder(PdfPCell.NO_BORDER);
    frame.addCell(picture);
    document.add(frame);
  }

  /** A chart's value label: whole numbers, as the reader's language writes them. */
  private String compact(BigDecimal value) {
    return whole.format(value.setScale(0, java.math.RoundingMode.HALF_UP));
  }

  private void table(Document document, ReportTable table) throws DocumentException {
    document.add(section(table.title()));
    PdfPTable pdf = new PdfPTable(table.headers().size());
    pdf.setWidthPercentage(100);
    pdf.setHeaderRows(1);
    pdf.setSpacingAfter(6);
    for (String header : table.headers()) {
      PdfPCell cell = new PdfPCell(new Phrase(header, bold));
      cell.setBackgroundColor(HEADER_FILL);
      cell.setPadding(4);
      pdf.addCell(cell);
    }
    if (table.rows().isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase(words.get("pdf.noRows"), body));
      none.setColspan(table.headers().size());
      none.setPadding(4);
      pdf.addCell(none);
    }
    for (List<Object> row : table.rows()) {
      for (Object value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(text(value), body));
        cell.setPadding(3);
        if (value instanceof Number) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        pdf.addCell(cell);
      }
    }
    document.add(pdf);
  }

  private Paragraph section(String text) {
    Paragraph section = new Paragraph(new Chunk(text, heading));
    section.setSpacingBefore(12);
    section.setSpacingAfter(6);
    return section;
  }

  private String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return decimals.format(number);
    }
    if (value instanceof Number number) {
      return whole.format(number);
    }
    if (value instanceof LocalDate day) {
      return date(day);
    }
    return value.toString();
  }

  private String date(LocalDate day) {
    return day.format(
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale()));
  }
}
