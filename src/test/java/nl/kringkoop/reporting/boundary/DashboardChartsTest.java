package nl.kringkoop.reporting.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.reporting.control.ReportWords;
import nl.kringkoop.reporting.control.SpendFigures;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.SummaryRows;
import nl.kringkoop.reporting.control.SpendFigures.Totals;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

  private final DashboardCharts charts = new DashboardCharts(new ReportWords(Locale.ENGLISH));

  @Test
  void theMonthChartHasTwelveMonthsOfTotalCircularAndLocalSpend() {
    JsonObject chart = parse(charts.months(figures()));

    assertEquals("bar", chart.getString("type"));
    JsonObject data = chart.getJsonObject("data");
    assertEquals(12, data.getJsonArray("labels").size());
    assertEquals("Mar", data.getJsonArray("labels").getString(2));
    JsonArray datasets = data.getJsonArray("datasets");
    assertEquals(
        List.of("Total (EUR)", "Circular", "Local"),
        datasets.stream().map(set -> set.asJsonObject().getString("label")).toList());
    assertEquals(
        new BigDecimal("900.00"),
        datasets.getJsonObject(1).getJsonArray("data").getJsonNumber(2).bigDecimalValue());
  }

  @Test
  void theStrategyAndSupplierTypeChartsNameEveryPart() {
    JsonObject strategies = parse(charts.strategies(figures()));
    JsonObject types = parse(charts.supplierTypes(figures()));

    JsonArray labels = strategies.getJsonObject("data").getJsonArray("labels");
    assertEquals(11, labels.size());
    assertEquals("None", labels.getString(10));
    assertEquals("doughnut", types.getString("type"));
    assertEquals(
        "Social enterprise", types.getJsonObject("data").getJsonArray("labels").getString(0));
  }

  private static SpendFigures figures() {
    BigDecimal amount = new BigDecimal("1000.00");
    BigDecimal circular = new BigDecimal("900.00");
    return SpendFigures.assemble(
        2026,
        new SummaryRows(
            List.of(new MonthRow(3, new Totals(amount, circular, amount, amount, BigDecimal.ZERO))),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            Map.of(PaymentStatus.OPEN, 1L)),
        Optional.empty());
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
