package nl.kringkoop.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import nl.kringkoop.reporting.control.ReportWords;
import nl.kringkoop.reporting.control.SpendFigures;
import nl.kringkoop.reporting.control.SpendFigures.MonthRow;
import nl.kringkoop.reporting.control.SpendFigures.Slice;

/**
 * The dashboard's charts as Chart.js configurations, which PrimeFaces' {@code p:chart} draws as
 * given: spend by month (all, circular and local), by R-strategy and by supplier type. Written with
 * JSON-P, so no chart model library is needed; every label is escaped by the JSON writer.
 */
final class DashboardCharts {

  private static final String GREY = "#7f97a8";
  private static final String GREEN = "#2e7d32";
  private static final String BLUE = "#1565c0";
  private static final String AMBER = "#b26a00";

  private final ReportWords words;

  DashboardCharts(ReportWords words) {
    this.words = words;
  }

  String months(SpendFigures figures) {
    List<MonthRow> months = figures.byMonth();
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(month -> labels.add(words.shortMonth(month.month())));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(words.get("column.total"), GREY, months, row -> row.amounts().total()))
            .add(
                dataset(
                    words.get("measure.circular"), GREEN, months, row -> row.amounts().circular()))
            .add(dataset(words.get("measure.local"), BLUE, months, row -> row.amounts().local()));
    return chart("bar", labels, datasets, true);
  }

  String strategies(SpendFigures figures) {
    return slices("bar", figures.byRStrategy(), this::strategyLabel, GREEN, false);
  }

  String supplierTypes(SpendFigures figures) {
    return slices("doughnut", figures.bySupplierType(), words::supplierType, null, true);
  }

  private String strategyLabel(String key) {
    return SpendFigures.NO_STRATEGY.equals(key) ? words.get("strategy.noneShort") : key;
  }

  private String slices(
      String type,
      List<Slice> slices,
      Function<String, String> label,
      String colour,
      boolean legend) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Slice slice : slices) {
      labels.add(label.apply(slice.key()));
      data.add(slice.amount());
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder().add("label", words.get("column.amount")).add("data", data);
    if (colour == null) {
      dataset.add(
          "backgroundColor", Json.createArrayBuilder().add(AMBER).add(BLUE).add(GREY).build());
    } else {
      dataset.add("backgroundColor", colour);
    }
    return chart(type, labels, Json.createArrayBuilder().add(dataset), legend);
  }

  private static JsonObject dataset(
      String label, String colour, List<MonthRow> months, Function<MonthRow, BigDecimal> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    months.forEach(month -> data.add(value.apply(month)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("data", data)
        .build();
  }

  private static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean legend) {
    JsonObjectBuilder options =
        Json.createObjectBuilder()
            .add("responsive", true)
            .add("maintainAspectRatio", false)
            .add("animation", false)
            .add(
                "plugins",
                Json.createObjectBuilder()
                    .add("legend", Json.createObjectBuilder().add("display", legend)));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
