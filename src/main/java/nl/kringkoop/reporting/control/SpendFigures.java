package nl.kringkoop.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.contract.entity.PaymentStatus;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * One municipality's spend in one year as the dashboard and the exports show it: the totals, their
 * shares against the year's targets, and every breakdown, complete (twelve months, every rung of
 * the R-ladder, every size class) so that a table or chart never has gaps.
 */
public record SpendFigures(
    int year,
    Totals totals,
    Percentages shares,
    Optional<Percentages> targets,
    List<MonthRow> byMonth,
    List<Slice> byRStrategy,
    List<Slice> byDepartment,
    List<RegionSlice> byRegion,
    List<Slice> bySizeClass,
    List<Slice> bySupplierType,
    Payments payments) {

  /** Key of spend delivered under no R-strategy. */
  public static final String NO_STRATEGY = "none";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Euros spent in total and on each kind of spend the municipality aims for. */
  public record Totals(
      BigDecimal total, BigDecimal circular, BigDecimal local, BigDecimal sme, BigDecimal social) {

    static final Totals NONE = new Totals(zero(), zero(), zero(), zero(), zero());

    Totals plus(Totals other) {
      return new Totals(
          total.add(other.total),
          circular.add(other.circular),
          local.add(other.local),
          sme.add(other.sme),
          social.add(other.social));
    }

    public boolean isEmpty() {
      return total.signum() == 0;
    }
  }

  /** Circular, local, SME and social spend in percent of all spend (two decimals). */
  public record Percentages(
      BigDecimal circular, BigDecimal local, BigDecimal sme, BigDecimal social) {}

  /** One month's spend (1 = January). */
  public record MonthRow(int month, Totals amounts) {}

  /** A part of the spend named by a key: an R-strategy, department, size class or type. */
  public record Slice(String key, BigDecimal amount) {}

  /** The spend with firms of one COROP region; code and name are null for firms without one. */
  public record RegionSlice(String code, String name, BigDecimal amount) {}

  /** Invoices by payment: within the payment term, later, or not paid yet. */
  public record Payments(long onTime, long late, long open) {

    public long paidInvoices() {
      return onTime + late;
    }

    /** Percentage of the paid invoices that were paid on time; empty while none is paid. */
    public Optional<BigDecimal> onTimeRate() {
      long paid = paidInvoices();
      return paid == 0
          ? Optional.empty()
          : Optional.of(
              BigDecimal.valueOf(onTime)
                  .multiply(HUNDRED)
                  .divide(BigDecimal.valueOf(paid), 2, RoundingMode.HALF_UP));
    }
  }

  /** Who earned the spend: social enterprises, other SMEs, other large firms. */
  public enum SupplierType {
    SOCIAL_ENTERPRISE,
    SME,
    LARGE;

    static SupplierType of(SizeClass size, boolean socialEnterprise) {
      if (socialEnterprise) {
        return SOCIAL_ENTERPRISE;
      }
      return size == SizeClass.LARGE ? LARGE : SME;
    }
  }

  /** Spend of one size class, split by whether the firms are social enterprises. */
  public record SizeRow(SizeClass sizeClass, boolean socialEnterprise, BigDecimal amount) {}

  /** The grouped sums as the summary queries return them, sparse and unordered. */
  public record SummaryRows(
      List<MonthRow> months,
      List<Slice> strategies,
      List<Slice> departments,
      List<RegionSlice> regions,
      List<SizeRow> sizes,
      Map<PaymentStatus, Long> invoices) {

    public static SummaryRows empty() {
      return new SummaryRows(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    }
  }

  /** Completes and orders the grouped sums of a year; targets may be absent. */
  public static SpendFigures assemble(int year, SummaryRows rows, Optional<Percentages> targets) {
    List<MonthRow> months = months(rows.months());
    Totals totals = months.stream().map(MonthRow::amounts).reduce(Totals.NONE, Totals::plus);
    return new SpendFigures(
        year,
        totals,
        shares(totals),
        targets,
        months,
        strategies(rows.strategies()),
        largestFirst(rows.departments()),
        rows.regions().stream()
            .sorted(
                Comparator.comparing(RegionSlice::amount)
                    .reversed()
                    .thenComparing(
                        RegionSlice::code, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList(),
        sizeClasses(rows.sizes()),
        supplierTypes(rows.sizes()),
        new Payments(
            rows.invoices().getOrDefault(PaymentStatus.ON_TIME, 0L),
            rows.invoices().getOrDefault(PaymentStatus.LATE, 0L),
            rows.invoices().getOrDefault(PaymentStatus.OPEN, 0L)));
  }

  public boolean isEmpty() {
    return totals.isEmpty() && payments.paidInvoices() + payments.open() == 0;
  }

  /** {@code part} in percent of {@code whole}, two decimals; zero when there is no whole. */
  public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  private static Percentages shares(Totals totals) {
    return new Percentages(
        percent(totals.circular(), totals.total()),
        percent(totals.local(), totals.total()),
        percent(totals.sme(), totals.total()),
        percent(totals.social(), totals.total()));
  }

  private static List<MonthRow> months(List<MonthRow> sparse) {
    Map<Integer, Totals> byMonth = new HashMap<>();
    for (MonthRow row : sparse) {
      byMonth.merge(row.month(), row.amounts(), Totals::plus);
    }
    List<MonthRow> months = new ArrayList<>(12);
    for (int month = 1; month <= 12; month++) {
      months.add(new MonthRow(month, byMonth.getOrDefault(month, Totals.NONE)));
    }
    return List.copyOf(months);
  }

  private static List<Slice> strategies(List<Slice> sparse) {
    Map<String, BigDecimal> amounts = sums(sparse);
    List<Slice> slices = new ArrayList<>();
    for (RStrategy strategy : RStrategy.values()) {
      slices.add(new Slice(strategy.name(), amounts.getOrDefault(strategy.name(), zero())));
    }
    slices.add(new Slice(NO_STRATEGY, amounts.getOrDefault(NO_STRATEGY, zero())));
    return List.copyOf(slices);
  }

  private static List<Slice> largestFirst(List<Slice> sparse) {
    return sums(sparse).entrySet().stream()
        .map(entry -> new Slice(entry.getKey(), entry.getValue()))
        .sorted(Comparator.comparing(Slice::amount).reversed().thenComparing(Slice::key))
        .toList();
  }

  private static List<Slice> sizeClasses(List<SizeRow> rows) {
    Map<SizeClass, BigDecimal> amounts = new EnumMap<>(SizeClass.class);
    rows.forEach(row -> amounts.merge(row.sizeClass(), row.amount(), BigDecimal::add));
    List<Slice> slices = new ArrayList<>();
    for (SizeClass size : SizeClass.values()) {
      slices.add(new Slice(size.name(), amounts.getOrDefault(size, zero())));
    }
    return List.copyOf(slices);
  }

  private static List<Slice> supplierTypes(List<SizeRow> rows) {
    Map<SupplierType, BigDecimal> amounts = new EnumMap<>(SupplierType.class);
    rows.forEach(
        row ->
            amounts.merge(
                SupplierType.of(row.sizeClass(), row.socialEnterprise()),
                row.amount(),
                BigDecimal::add));
    List<Slice> slices = new ArrayList<>();
    for (SupplierType type : SupplierType.values()) {
      slices.add(new Slice(type.name(), amounts.getOrDefault(type, zero())));
    }
    return List.copyOf(slices);
  }

  private static Map<String, BigDecimal> sums(List<Slice> slices) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Slice slice : slices) {
      String key = slice.key() == null ? NO_STRATEGY : slice.key();
      sums.merge(key, slice.amount(), BigDecimal::add);
    }
    return sums;
  }

  static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
