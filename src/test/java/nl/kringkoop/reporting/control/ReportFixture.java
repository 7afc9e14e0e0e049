package nl.kringkoop.reporting.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Percentages;
import nl.kringkoop.reporting.control.SpendFigures.RegionSlice;
import nl.kringkoop.reporting.control.SpendFigures.SizeRow;
import nl.kringkoop.reporting.control.SpendFigures.Slice;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import nl.kringkoop.reporting.control.SpendFigures.Totals;
import nl.kringkoop.supplier.entity.SizeClass;

/** A small year of spend as the summary queries would return it, for the report's tests. */
final class ReportFixture {

  static final Percentages TARGETS =
      new Percentages(eur("25.00"), eur("40.00"), eur("50.00"), eur("5.00"));

  private ReportFixture() {}

  /**
   * EUR 10,000 in March (4,000 circular, 6,000 local, 7,000 SME, 1,000 social) and EUR 2,500.50 in
   * November (500 circular, nothing else special).
   */
  static SummaryRows rows() {
    return new SummaryRows(
        List.of(
            new MonthRow(
                11,
                new Totals(eur("2500.50"), eur("500.00"), eur("0.00"), eur("0.00"), eur("0.00"))),
            new MonthRow(
                3,
                new Totals(
                    eur("10000.00"),
                    eur("4000.00"),
                    eur("6000.00"),
                    eur("7000.00"),
                    eur("1000.00")))),
        List.of(
            new Slice("R3", eur("4000.00")),
            new Slice("R8", eur("500.50")),
            new Slice(null, eur("8000.00")),
            new Slice("R4", eur("0.00"))),
        List.of(new Slice("Wijkbeheer", eur("2500.50")), new Slice("=Sport", eur("10000.00"))),
        List.of(
            new RegionSlice("CR15", "Arnhem/Nijmegen", eur("6000.00")),
            new RegionSlice(null, null, eur("6500.50"))),
        List.of(
            new SizeRow(SizeClass.MICRO, true, eur("1000.00")),
            new SizeRow(SizeClass.SMALL, false, eur("6000.00")),
            new SizeRow(SizeClass.LARGE, false, eur("5500.50"))),
        Map.of(PaymentStatus.ON_TIME, 3L, PaymentStatus.LATE, 1L, PaymentStatus.OPEN, 2L));
  }

  static SpendFigures figures() {
    return SpendFigures.assemble(2026, rows(), Optional.of(TARGETS));
  }

  static ReportContent content(SpendFigures figures) {
    TenderOutcome quick =
        new TenderOutcome(
            7,
            "Circulaire kantoorinrichting",
            Instant.parse("2026-01-05T09:00:00Z"),
            Instant.parse("2026-02-16T12:00:00Z"),
            42,
            5,
            4);
    TenderOutcome slow =
        new TenderOutcome(
            9,
            "+Groenonderhoud",
            Instant.parse("2026-02-01T09:00:00Z"),
            Instant.parse("2026-05-01T12:00:00Z"),
            89,
            2,
            1);
    List<TenderOutcome> outcomes = List.of(quick, slow);
    return new ReportContent(
        "Nijmegen",
        ReportScope.of(1, figures.year()),
        figures,
        new TenderOutcomes.Year(figures.year(), outcomes, TenderOutcomes.median(outcomes)),
        LocalDate.of(2026, 11, 25));
  }

  static BigDecimal eur(String amount) {
    return new BigDecimal(amount);
  }
}
