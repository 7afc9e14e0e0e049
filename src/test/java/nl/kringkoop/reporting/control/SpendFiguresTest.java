package nl.kringkoop.reporting.control;

import static nl.kringkoop.reporting.control.ReportFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Slice;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import org.junit.jupiter.api.Test;

class SpendFiguresTest {

  @Test
  void totalsAddUpTheMonthsAndSharesArePercentagesOfTheTotal() {
    SpendFigures figures = ReportFixture.figures();

    assertEquals(eur("12500.50"), figures.totals().total());
    assertEquals(eur("4500.00"), figures.totals().circular());
    assertEquals(eur("36.00"), figures.shares().circular(), "4500 of 12500.50");
    assertEquals(eur("48.00"), figures.shares().local());
    assertEquals(eur("56.00"), figures.shares().sme());
    assertEquals(eur("8.00"), figures.shares().social());
    assertEquals(Optional.of(ReportFixture.TARGETS), figures.targets());
  }

  @Test
  void everyMonthHasARowInOrderAndMonthsWithoutSpendShowZero() {
    List<MonthRow> months = ReportFixture.figures().byMonth();

    assertEquals(12, months.size());
    for (int i = 0; i < 12; i++) {
      assertEquals(i + 1, months.get(i).month());
    }
    assertEquals(eur("10000.00"), months.get(2).amounts().total());
    assertEquals(eur("6000.00"), months.get(2).amounts().local());
    assertEquals(eur("500.00"), months.get(10).amounts().circular());
    assertEquals(eur("0.00"), months.get(0).amounts().total());
  }

  @Test
  void theWholeRLadderIsListedInOrderWithSpendUnderNoStrategyLast() {
    List<Slice> strategies = ReportFixture.figures().byRStrategy();

    assertEquals(
        List.of("R0", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "none"),
        strategies.stream().map(Slice::key).toList());
    assertEquals(eur("4000.00"), strategies.get(3).amount());
    assertEquals(eur("0.00"), strategies.get(0).amount());
    assertEquals(eur("8000.00"), strategies.get(10).amount());
  }

  @Test
  void departmentsAndRegionsComeLargestFirst() {
    SpendFigures figures = ReportFixture.figures();

    assertEquals(
        List.of("=Sport", "Wijkbeheer"), figures.byDepartment().stream().map(Slice::key).toList());
    assertEquals(null, figures.byRegion().get(0).code(), "firms without a region: 6500.50");
    assertEquals("CR15", figures.byRegion().get(1).code());
  }

  @Test
  void sizeClassesAreCompleteAndSupplierTypesPutSocialEnterprisesFirst() {
    SpendFigures figures = ReportFixture.figures();

    assertEquals(
        List.of(
            new Slice("MICRO", eur("1000.00")),
            new Slice("SMALL", eur("6000.00")),
            new Slice("MEDIUM", eur("0.00")),
            new Slice("LARGE", eur("5500.50"))),
        figures.bySizeClass());
    assertEquals(
        List.of(
            new Slice("SOCIAL_ENTERPRISE", eur("1000.00")),
            new Slice("SME", eur("6000.00")),
            new Slice("LARGE", eur("5500.50"))),
        figures.bySupplierType(),
        "a micro social enterprise counts as social enterprise, not again as SME");
  }

  @Test
  void paymentsCountPaidInvoicesAndTheShareOnTime() {
    SpendFigures.Payments payments = ReportFixture.figures().payments();

    assertEquals(4, payments.paidInvoices());
    assertEquals(3, payments.onTime());
    assertEquals(1, payments.late());
    assertEquals(2, payments.open());
    assertEquals(Optional.of(eur("75.00")), payments.onTimeRate());
  }

  @Test
  void aYearWithoutSpendHasZerosEverywhereAndNoTargets() {
    SpendFigures empty = SpendFigures.assemble(2025, SummaryRows.empty(), Optional.empty());

    assertTrue(empty.isEmpty());
    assertEquals(eur("0.00"), empty.totals().total());
    assertEquals(eur("0.00"), empty.shares().circular(), "no division by zero");
    assertEquals(12, empty.byMonth().size());
    assertEquals(11, empty.byRStrategy().size());
    assertEquals(List.of(), empty.byDepartment());
    assertEquals(Optional.empty(), empty.targets());
    assertEquals(Optional.empty(), empty.payments().onTimeRate());
  }

  @Test
  void openInvoicesAloneMakeAYearNotEmpty() {
    SpendFigures open =
        SpendFigures.assemble(
            2025,
            new SummaryRows(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(PaymentStatus.OPEN, 1L)),
            Optional.empty());

    assertFalse(open.isEmpty());
  }

  @Test
  void percentagesRoundHalfUpToTwoDecimals() {
    assertEquals(eur("33.33"), SpendFigures.percent(eur("1.00"), eur("3.00")));
    assertEquals(eur("66.67"), SpendFigures.percent(eur("2.00"), eur("3.00")));
    assertEquals(eur("0.00"), SpendFigures.percent(eur("5.00"), eur("0.00")));
  }
}
