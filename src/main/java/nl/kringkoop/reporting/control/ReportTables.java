package nl.kringkoop.reporting.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kringkoop.platform.time.ClockProducer;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Payments;
import nl.kringkoop.reporting.control.SpendFigures.RegionSlice;
import nl.kringkoop.reporting.control.SpendFigures.Slice;
import nl.kringkoop.reporting.control.SpendFigures.Totals;

/**
 * The report's tables in the reader's language, the same for the dashboard's downloads, the
 * workbook and the council report: key figures against targets, months, R-strategies, departments,
 * regions, size classes, supplier types, payments and tender outcomes.
 */
public final class ReportTables {

  public static final List<String> IDS =
      List.of(
          "summary",
          "months",
          "strategies",
          "departments",
          "regions",
          "sizeClasses",
          "supplierTypes",
          "payments",
          "tenders");

  private final ReportWords words;

  public ReportTables(ReportWords words) {
    this.words = words;
  }

  public List<ReportTable> all(ReportContent content) {
    SpendFigures figures = content.figures();
    return List.of(
        summary(figures),
        months(figures),
        strategies(figures),
        departments(figures),
        regions(figures),
        sizeClasses(figures),
        supplierTypes(figures),
        payments(figures.payments()),
        tenders(content.tenders()));
  }

  /** The table with the given id (one of {@link #IDS}). */
  public ReportTable one(ReportContent content, String id) {
    return all(content).stream()
        .filter(table -> table.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No report table " + id));
  }

  public ReportTable summary(SpendFigures figures) {
    Totals totals = figures.totals();
    SpendFigures.Percentages shares = figures.shares();
    SpendFigures.Percentages targets = figures.targets().orElse(null);
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(words.get("measure.total"), totals.total(), null, null));
    rows.add(
        row(
            words.get("measure.circular"),
            totals.circular(),
            shares.circular(),
            targets == null ? null : targets.circular()));
    rows.add(
        row(
            words.get("measure.local"),
            totals.local(),
            shares.local(),
            targets == null ? null : targets.local()));
    rows.add(
        row(
            words.get("measure.sme"),
            totals.sme(),
            shares.sme(),
            targets == null ? null : targets.sme()));
    rows.add(
        row(
            words.get("measure.social"),
            totals.social(),
            shares.social(),
            targets == null ? null : targets.social()));
    return new ReportTable(
        "summary",
        words.get("table.summary"),
        headers("column.measure", "column.amount", "column.share", "column.target"),
        rows);
  }

  public ReportTable months(SpendFigures figures) {
    List<List<Object>> rows = new ArrayList<>();
    for (MonthRow month : figures.byMonth()) {
      Totals amounts = month.amounts();
      rows.add(
          row(
              words.month(month.month()),
              amounts.total(),
              amounts.circular(),
              amounts.local(),
              amounts.sme(),
              amounts.social()));
    }
    return new ReportTable(
        "months",
        words.get("table.months"),
        headers(
            "column.month",
            "column.total",
            "measure.circular",
            "measure.local",
            "measure.sme",
            "measure.social"),
        rows);
  }

  public ReportTable strategies(SpendFigures figures) {
    return slices(
        "strategies",
        "column.strategy",
        figures.byRStrategy().stream()
            .map(slice -> new Slice(words.strategy(slice.key()), slice.amount()))
            .toList(),
        figures.totals().total());
  }

  public ReportTable departments(SpendFigures figures) {
    return slices(
        "departments", "column.department", figures.byDepartment(), figures.totals().total());
  }

  public ReportTable regions(SpendFigures figures) {
    BigDecimal total = figures.totals().total();
    List<List<Object>> rows = new ArrayList<>();
    for (RegionSlice region : figures.byRegion()) {
      rows.add(
          row(
              region.code(),
              words.region(region.code(), region.name()),
              region.amount(),
              SpendFigures.percent(region.amount(), total)));
    }
    return new ReportTable(
        "regions",
        words.get("table.regions"),
        headers("column.regionCode", "column.region", "column.amount", "column.share"),
        rows);
  }

  public ReportTable sizeClasses(SpendFigures figures) {
    return slices(
        "sizeClasses",
        "column.sizeClass",
        figures.bySizeClass().stream()
            .map(slice -> new Slice(words.sizeClass(slice.key()), slice.amount()))
            .toList(),
        figures.totals().total());
  }

  public ReportTable supplierTypes(SpendFigures figures) {
    return slices(
        "supplierTypes",
        "column.supplierType",
        figures.bySupplierType().stream()
            .map(slice -> new Slice(words.supplierType(slice.key()), slice.amount()))
            .toList(),
        figures.totals().total());
  }

  public ReportTable payments(Payments payments) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row(words.get("payments.paid"), payments.paidInvoices()));
    rows.add(row(words.get("payments.onTime"), payments.onTime()));
    rows.add(row(words.get("payments.late"), payments.late()));
    rows.add(row(words.get("payments.open"), payments.open()));
    rows.add(row(words.get("payments.onTimeRate"), payments.onTimeRate().orElse(null)));
    return new ReportTable(
        "payments", words.get("table.payments"), headers("column.measure", "column.value"), rows);
  }

  public ReportTable tenders(TenderOutcomes.Year tenders) {
    List<List<Object>> rows = new ArrayList<>();
    for (TenderOutcome outcome : tenders.tenders()) {
      rows.add(
          row(
              outcome.title(),
              day(outcome.publishedAt()),
              day(outcome.signedAt()),
              outcome.days(),
              (long) outcome.responses(),
              (long) outcome.smeResponses()));
    }
    tenders
        .medianDays()
        .ifPresent(
            median -> rows.add(row(words.get("tenders.median"), null, null, median, null, null)));
    return new ReportTable(
        "tenders",
        words.get("table.tenders"),
        headers(
            "column.tender",
            "column.published",
            "column.signed",
            "column.days",
            "column.responses",
            "column.smeResponses"),
        rows);
  }

  private ReportTable slices(String id, String keyHeader, List<Slice> slices, BigDecimal total) {
    List<List<Object>> rows = new ArrayList<>();
    for (Slice slice : slices) {
      rows.add(row(slice.key(), slice.amount(), SpendFigures.percent(slice.amount(), total)));
    }
    return new ReportTable(
        id, words.get("table." + id), headers(keyHeader, "column.amount", "column.share"), rows);
  }

  private List<String> headers(String... keys) {
    return Arrays.stream(keys).map(words::get).toList();
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  private static LocalDate day(java.time.Instant instant) {
    return instant.atZone(ClockProducer.DISPLAY_ZONE).toLocalDate();
  }
}
