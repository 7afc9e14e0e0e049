package nl.kringkoop.reporting.control;

import java.util.List;

/**
 * One table of the report as every export writes it: a stable id (file and sheet names), a title
 * and column headers in the reader's language, and rows whose cells are text, whole numbers,
 * amounts or percentages ({@link java.math.BigDecimal}), dates, or null for nothing.
 */
public record ReportTable(String id, String title, List<String> headers, List<List<Object>> rows) {

  public ReportTable {
    headers = List.copyOf(headers);
    rows = rows.stream().map(java.util.Collections::unmodifiableList).toList();
  }
}
