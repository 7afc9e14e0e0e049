package nl.kringkoop.reporting.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.kringkoop.contract.entity.SpendTarget;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.reporting.control.ReportContent;
import nl.kringkoop.reporting.control.ReportScope;
import nl.kringkoop.reporting.control.ReportWords;
import nl.kringkoop.reporting.control.Reports;
import nl.kringkoop.reporting.control.SpendFigures;
import nl.kringkoop.reporting.control.SpendTargets;
import nl.kringkoop.reporting.control.TenderOutcomes;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * The spend dashboard ({@code analyst/dashboard.xhtml}) of a municipality's officers and analysts:
 * the year, department and region in the address, key figures against the targets, charts, the
 * breakdowns and tender outcomes with their downloads, and the form for the year's targets.
 */
@Named
@ViewScoped
public class SpendDashboard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reports reports;

  @Inject SpendTargets targets;

  @Inject Regions regions;

  @Inject CurrentUser currentUser;

  private Integer year;
  private String department;
  private String region;

  private long buyerId;
  private String municipality;
  private List<Integer> years;
  private List<String> departments;
  private List<CoropRegion> regionOptions;
  private ReportContent content;
  private TargetForm targetForm = new TargetForm();

  /** A key figure card: euros, their share and the year's target (null when none). */
  public record KeyFigure(String key, BigDecimal amount, BigDecimal share, BigDecimal target) {
    public boolean isTargetMet() {
      return target != null && share.compareTo(target) >= 0;
    }
  }

  /** Reads the address's filters; a missing or impossible year becomes the current year. */
  public void load() {
    SignedInCaller caller = currentUser.caller();
    Organisation buyer = reports.buyerOf(caller);
    buyerId = buyer.id();
    municipality = buyer.name();
    if (year == null || year < ReportScope.FIRST_YEAR || year > ReportScope.LAST_YEAR) {
      year = reports.currentYear();
    }
    years = reports.years(buyerId);
    if (!years.contains(year)) {
      years = new java.util.ArrayList<>(years);
      years.add(year);
      years.sort(java.util.Comparator.reverseOrder());
    }
    regionOptions = regions.regions();
    refresh();
  }

  /** Applies changed filters and puts them in the address, so the view can be bookmarked. */
  public void apply() {
    refresh();
    PrimeFaces.current().executeScript("history.replaceState(null, '', '" + address() + "')");
  }

  public void saveTargets() {
    Locale locale = locale();
    try {
      SpendTarget saved =
          targets.set(
              currentUser.caller(),
              year,
              new SpendTargets.Written(
                  targetForm.circular, targetForm.local, targetForm.sme, targetForm.social),
              targetForm.version);
      targetForm.version = saved.version();
      FormMessages.info("dashboard.targets.saved", locale);
      refresh();
    } catch (ProblemException refused) {
      FormMessages.show(refused, "targets", locale);
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      FormMessages.show(ProblemException.of(ProblemType.STALE_VERSION), "targets", locale);
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  private void refresh() {
    departments = reports.departments(buyerId, year);
    ReportScope scope =
        new ReportScope(
            buyerId, year, Optional.ofNullable(department), Optional.ofNullable(region));
    Organisation buyer = reports.buyerOf(currentUser.caller());
    content = reports.content(buyer, scope);
    Optional<SpendTarget> stored = targets.of(currentUser.caller(), year);
    targetForm = new TargetForm();
    stored.ifPresent(
        target -> {
          targetForm.circular = target.shares().circular();
          targetForm.local = target.shares().local();
          targetForm.sme = target.shares().sme();
          targetForm.social = target.shares().social();
          targetForm.version = target.version();
        });
  }

  /** The page's address with the current filters (values URL-encoded, safe inside quotes). */
  String address() {
    StringBuilder address = new StringBuilder("dashboard.xhtml?year=").append(year);
    if (department != null && !department.isBlank()) {
      address.append("&department=").append(encode(department));
    }
    if (region != null && !region.isBlank()) {
      address.append("&region=").append(encode(region));
    }
    return address.toString();
  }

  /** One table as CSV or XLSX, in the page's language. */
  public StreamedContent download(String table, String format) {
    return downloads().table(table, format);
  }

  public StreamedContent getWorkbook() {
    return downloads().workbook();
  }

  public StreamedContent getCouncilReport() {
    return downloads().councilReport();
  }

  public StreamedContent getCsv() {
    return downloads().longFormat();
  }

  private ReportDownloads downloads() {
    return new ReportDownloads(content, words());
  }

  public List<KeyFigure> getKeyFigures() {
    SpendFigures figures = content.figures();
    SpendFigures.Totals totals = figures.totals();
    SpendFigures.Percentages shares = figures.shares();
    Optional<SpendFigures.Percentages> goal = figures.targets();
    return List.of(
        new KeyFigure(
            "circular",
            totals.circular(),
            shares.circular(),
            goal.map(SpendFigures.Percentages::circular).orElse(null)),
        new KeyFigure(
            "local",
            totals.local(),
            shares.local(),
            goal.map(SpendFigures.Percentages::local).orElse(null)),
        new KeyFigure(
            "sme",
            totals.sme(),
            shares.sme(),
            goal.map(SpendFigures.Percentages::sme).orElse(null)),
        new KeyFigure(
            "social",
            totals.social(),
            shares.social(),
            goal.map(SpendFigures.Percentages::social).orElse(null)));
  }

  public String getMonthChart() {
    return charts().months(content.figures());
  }

  public String getStrategyChart() {
    return charts().strategies(content.figures());
  }

  public String getSupplierTypeChart() {
    return charts().supplierTypes(content.figures());
  }

  public String strategyName(String key) {
    return words().strategy(key);
  }

  public String supplierTypeName(String key) {
    return words().supplierType(key);
  }

  public String sizeClassName(String key) {
    return words().sizeClass(key);
  }

  public String regionName(SpendFigures.RegionSlice slice) {
    return words().region(slice.code(), slice.name());
  }

  public String monthName(int month) {
    return words().month(month);
  }

  public BigDecimal share(BigDecimal amount) {
    return SpendFigures.percent(amount, content.figures().totals().total());
  }

  public SpendFigures getFigures() {
    return content.figures();
  }

  public TenderOutcomes.Year getTenders() {
    return content.tenders();
  }

  public String getMunicipality() {
    return municipality;
  }

  public List<Integer> getYears() {
    return years;
  }

  public List<String> getDepartments() {
    return departments;
  }

  public List<CoropRegion> getRegionOptions() {
    return regionOptions;
  }

  public TargetForm getTargetForm() {
    return targetForm;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = blankToNull(department, ReportScope.DEPARTMENT_MAX);
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = blankToNull(region, 4);
  }

  private static String blankToNull(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    return stripped.length() > max ? stripped.substring(0, max) : stripped;
  }

  private DashboardCharts charts() {
    return new DashboardCharts(words());
  }

  private ReportWords words() {
    return new ReportWords(locale());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
