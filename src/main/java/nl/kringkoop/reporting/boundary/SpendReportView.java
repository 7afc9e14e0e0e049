package nl.kringkoop.reporting.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.reporting.control.SpendFigures;
import nl.kringkoop.reporting.control.SpendFigures.Percentages;

/**
 * A municipality's spend in a year as {@code GET /api/v1/reports/spend} answers it: totals, shares
 * and targets in percent (targets null when none were set), and every breakdown. Targets and the
 * on-time rate are written as null when absent, unlike other nulls in the API, so that "no targets"
 * is explicit.
 */
public record SpendReportView(
    int year,
    MunicipalityView municipality,
    String department,
    String region,
    Money totalSpend,
    Money circularSpend,
    Money localSpend,
    Money smeSpend,
    Money socialSpend,
    PercentagesView shares,
    PercentagesView targets,
    List<StrategyAmount> byRStrategy,
    List<MonthAmounts> byMonth,
    List<DepartmentAmount> byDepartment,
    List<RegionAmount> byRegion,
    List<SizeClassAmount> bySizeClass,
    List<SupplierTypeAmount> bySupplierType,
    PaymentsView payments) {

  public record MunicipalityView(long id, String name, String code) {
    static MunicipalityView of(Organisation buyer) {
      return new MunicipalityView(buyer.id(), buyer.name(), buyer.code().orElse(null));
    }
  }

  public record PercentagesView(
      BigDecimal circular, BigDecimal local, BigDecimal sme, BigDecimal social) {
    static PercentagesView of(Percentages percentages) {
      return new PercentagesView(
          percentages.circular(), percentages.local(), percentages.sme(), percentages.social());
    }
  }

  public record StrategyAmount(String rStrategy, Money amount) {}

  public record MonthAmounts(
      int month, Money amount, Money circular, Money local, Money sme, Money social) {}

  public record DepartmentAmount(String department, Money amount) {}

  /** Spend with firms of one COROP region; region and name are absent for firms without one. */
  public record RegionAmount(String region, String name, Money amount) {}

  public record SizeClassAmount(String sizeClass, Money amount) {}

  public record SupplierTypeAmount(String supplierType, Money amount) {}

  /** Invoices by payment; the on-time rate is a percentage of the paid ones, null while none. */
  public record PaymentsView(
      long paidInvoices, long onTime, long late, long open, BigDecimal onTimeRate) {}

  private static final Jsonb JSONB = JsonbBuilder.create();

  /** This report as JSON, with {@code targets} and {@code payments.onTimeRate} null if absent. */
  JsonObject json() {
    JsonObject written;
    try (var reader = Json.createReader(new StringReader(JSONB.toJson(this)))) {
      written = reader.readObject();
    }
    JsonObject payments = written.getJsonObject("payments");
    return Json.createObjectBuilder(written)
        .add("targets", written.getOrDefault("targets", JsonValue.NULL))
        .add(
            "payments",
            Json.createObjectBuilder(payments)
                .add("onTimeRate", payments.getOrDefault("onTimeRate", JsonValue.NULL)))
        .build();
  }

  static SpendReportView of(Organisation buyer, String department, String region, SpendFigures f) {
    SpendFigures.Totals totals = f.totals();
    SpendFigures.Payments payments = f.payments();
    return new SpendReportView(
        f.year(),
        MunicipalityView.of(buyer),
        department,
        region,
        euros(totals.total()),
        euros(totals.circular()),
        euros(totals.local()),
        euros(totals.sme()),
        euros(totals.social()),
        PercentagesView.of(f.shares()),
        f.targets().map(PercentagesView::of).orElse(null),
        f.byRStrategy().stream()
            .map(slice -> new StrategyAmount(slice.key(), euros(slice.amount())))
            .toList(),
        f.byMonth().stream()
            .map(
                month ->
                    new MonthAmounts(
                        month.month(),
                        euros(month.amounts().total()),
                        euros(month.amounts().circular()),
                        euros(month.amounts().local()),
                        euros(month.amounts().sme()),
                        euros(month.amounts().social())))
            .toList(),
        f.byDepartment().stream()
            .map(slice -> new DepartmentAmount(slice.key(), euros(slice.amount())))
            .toList(),
        f.byRegion().stream()
            .map(slice -> new RegionAmount(slice.code(), slice.name(), euros(slice.amount())))
            .toList(),
        f.bySizeClass().stream()
            .map(slice -> new SizeClassAmount(slice.key(), euros(slice.amount())))
            .toList(),
        f.bySupplierType().stream()
            .map(slice -> new SupplierTypeAmount(slice.key(), euros(slice.amount())))
            .toList(),
        new PaymentsView(
            payments.paidInvoices(),
            payments.onTime(),
            payments.late(),
            payments.open(),
            payments.onTimeRate().orElse(null)));
  }

  private static Money euros(BigDecimal amount) {
    return Money.euros(amount);
  }
}
