package nl.kringkoop.supplier.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.control.CpvList;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.CoropRegion;
import nl.kringkoop.region.entity.Municipality;
import nl.kringkoop.region.entity.Province;
import nl.kringkoop.supplier.control.SupplierCsv;
import nl.kringkoop.supplier.control.SupplierFilter;
import nl.kringkoop.supplier.control.SupplierFinder;
import nl.kringkoop.supplier.control.SupplierSearchRules;
import nl.kringkoop.supplier.control.SupplierSearchRules.Param;
import nl.kringkoop.supplier.control.SupplierSort;
import nl.kringkoop.supplier.entity.CertificationKind;
import nl.kringkoop.supplier.entity.SizeClass;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The officer's search of the supplier registry ({@code officer/suppliers.xhtml}): a filter form, a
 * lazily paged and sorted table, and a CSV download of everything that matches. The filters go
 * through the same rules as the API's query parameters.
 */
@Named
@ViewScoped
public class SupplierSearch implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CPV_SUGGESTIONS = 15;

  @Inject SupplierFinder finder;

  @Inject CpvCatalogue cpvCatalogue;

  @Inject Regions regions;

  @Inject HttpServletRequest request;

  private List<String> cpv = new ArrayList<>();
  private List<String> strategies = new ArrayList<>();
  private String municipality;
  private String region;
  private String province;
  private List<String> sizeClasses = new ArrayList<>();
  private String socialEnterprise;
  private String certification;
  private String query;
  private String verified;

  private SupplierResults results;

  @PostConstruct
  void start() {
    results = new SupplierResults(finder, SupplierFilter.everything(), mayContact());
  }

  /** Applies the form's filters; bad values are reported and the previous results stay. */
  public void search() {
    if (!staff()) {
      return;
    }
    SupplierSearchRules.Outcome outcome = finder.check(parameters());
    if (!outcome.ok()) {
      FacesContext faces = FacesContext.getCurrentInstance();
      Locale locale = faces.getViewRoot().getLocale();
      for (InvalidField error : outcome.errors()) {
        String label = Messages.get(locale, "search.label." + error.field());
        String text = label + ": " + Messages.get(locale, error.messageKey(), error.args());
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
      }
      faces.validationFailed();
      return;
    }
    results.filterBy(outcome.search().filter());
  }

  public void reset() {
    cpv = new ArrayList<>();
    strategies = new ArrayList<>();
    municipality = null;
    region = null;
    province = null;
    sizeClasses = new ArrayList<>();
    socialEnterprise = null;
    certification = null;
    query = null;
    verified = null;
    results.filterBy(SupplierFilter.everything());
  }

  /** Everything matching the applied filters, in the table's order, written as it is read. */
  public StreamedContent getCsv() {
    SupplierFilter filter = results.filter();
    SupplierSort sort = results.sort();
    boolean contact = mayContact();
    boolean allowed = staff();
    SupplierFinder source = finder;
    Map<String, String> places = new HashMap<>(finder.municipalityNames());
    return DefaultStreamedContent.builder()
        .name("suppliers.csv")
        .contentType("text/csv; charset=UTF-8")
        .writer(
            out -> {
              Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
              SupplierCsv csv = new SupplierCsv(writer, places::get, contact, source.today());
              if (allowed) {
                source.forEachChunk(filter, sort, csv::write);
              }
              try {
                writer.flush();
              } catch (java.io.IOException unwritable) {
                throw new java.io.UncheckedIOException(unwritable);
              }
            })
        .build();
  }

  /** CPV codes whose digits or words match what was typed, as {@code 45210000-2}. */
  public List<String> completeCpv(String typed) {
    return cpvCatalogue.search(typed, CPV_SUGGESTIONS).items().stream()
        .map(CpvList.Entry::published)
        .toList();
  }

  public String cpvLabel(String code) {
    CpvList.Resolution resolution = cpvCatalogue.resolve(code);
    if (!resolution.valid()) {
      return code;
    }
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return resolution.entry().published() + " " + cpvCatalogue.label(resolution.entry(), locale);
  }

  public List<RStrategy> getStrategyOptions() {
    return List.of(RStrategy.values());
  }

  public List<SizeClass> getSizeClassOptions() {
    return List.of(SizeClass.values());
  }

  public List<CertificationKind> getCertificationOptions() {
    return List.of(CertificationKind.values());
  }

  public List<Municipality> getMunicipalityOptions() {
    return regions.municipalities();
  }

  public List<CoropRegion> getRegionOptions() {
    return regions.regions();
  }

  public List<Province> getProvinceOptions() {
    return regions.provinces();
  }

  public boolean isContactVisible() {
    return results.withContact();
  }

  public SupplierResults getResults() {
    return results;
  }

  private Map<String, List<String>> parameters() {
    Map<String, List<String>> parameters = new HashMap<>();
    parameters.put(Param.CPV, cpv == null ? List.of() : cpv);
    parameters.put(Param.R_STRATEGY, strategies == null ? List.of() : strategies);
    parameters.put(Param.SIZE_CLASS, sizeClasses == null ? List.of() : sizeClasses);
    put(parameters, Param.MUNICIPALITY, municipality);
    put(parameters, Param.REGION, region);
    put(parameters, Param.PROVINCE, province);
    put(parameters, Param.SOCIAL_ENTERPRISE, socialEnterprise);
    put(parameters, Param.CERTIFICATION, certification);
    put(parameters, Param.QUERY, query);
    put(parameters, Param.VERIFIED, verified);
    return parameters;
  }

  private static void put(Map<String, List<String>> parameters, String name, String value) {
    if (value != null && !value.isBlank()) {
      parameters.put(name, List.of(value));
    }
  }

  private boolean staff() {
    return request.isUserInRole(Role.OFFICER_NAME)
        || request.isUserInRole(Role.ANALYST_NAME)
        || request.isUserInRole(Role.ADMIN_NAME);
  }

  private boolean mayContact() {
    return request.isUserInRole(Role.OFFICER_NAME) || request.isUserInRole(Role.ADMIN_NAME);
  }

  public List<String> getCpv() {
    return cpv;
  }

  public void setCpv(List<String> cpv) {
    this.cpv = cpv;
  }

  public List<String> getStrategies() {
    return strategies;
  }

  public void setStrategies(List<String> strategies) {
    this.strategies = strategies;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getProvince() {
    return province;
  }

  public void setProvince(String province) {
    this.province = province;
  }

  public List<String> getSizeClasses() {
    return sizeClasses;
  }

  public void setSizeClasses(List<String> sizeClasses) {
    this.sizeClasses = sizeClasses;
  }

  public String getSocialEnterprise() {
    return socialEnterprise;
  }

  public void setSocialEnterprise(String socialEnterprise) {
    this.socialEnterprise = socialEnterprise;
  }

  public String getCertification() {
    return certification;
  }

  public void setCertification(String certification) {
    this.certification = certification;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getVerified() {
    return verified;
  }

  public void setVerified(String verified) {
    this.verified = verified;
  }
}
