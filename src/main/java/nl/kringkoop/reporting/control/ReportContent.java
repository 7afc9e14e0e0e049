package nl.kringkoop.reporting.control;

import java.time.LocalDate;

/** Everything an export of a year's report shows: whose, which filters, the figures, when made. */
public record ReportContent(
    String municipality,
    ReportScope scope,
    SpendFigures figures,
    TenderOutcomes.Year tenders,
    LocalDate madeOn) {}
