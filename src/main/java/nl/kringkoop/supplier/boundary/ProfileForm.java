package nl.kringkoop.supplier.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.entity.ServiceArea;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * The profile fields as the web forms edit them (registration and profile page share it). Values
 * stay as typed; {@link nl.kringkoop.supplier.control.RegistrationRules} judges them on submit.
 */
public class ProfileForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String contactName;
  private String email;
  private String phone;
  private String street;
  private String postcode;
  private String city;
  private String municipalityCode;
  private Integer employees;
  private BigDecimal annualTurnover;
  private boolean socialEnterprise;
  private boolean csoRegistered;
  private String psoLevel;
  private BigDecimal targetGroupPercent;
  private List<String> cpvCodes = new ArrayList<>();
  private List<String> rStrategies = new ArrayList<>();
  private String serviceArea = ServiceArea.REGION.name();
  private String description;
  private BigDecimal maxContractValue;
  private LocalDate availableFrom;
  private LocalDate availableUntil;
  private final List<CertificationRow> certifications = new ArrayList<>();
  private final List<ReferenceRow> references = new ArrayList<>();

  /** The stored profile, ready to edit; CPV codes are shown as "code label". */
  static ProfileForm of(SupplierProfile profile, CpvCatalogue cpv, Locale locale) {
    ProfileForm form = new ProfileForm();
    var contact = profile.contact();
    var social = profile.socialEnterprise();
    form.name = profile.organisation().name();
    form.contactName = contact.name();
    form.email = contact.email();
    form.phone = contact.phone();
    form.street = contact.street();
    form.postcode = contact.postcode();
    form.city = contact.city();
    form.municipalityCode = profile.organisation().location().map(Object::toString).orElse(null);
    form.employees = profile.employees();
    form.annualTurnover = profile.annualTurnover();
    form.socialEnterprise = social.claimed();
    form.csoRegistered = social.csoRegistered();
    form.psoLevel = social.psoLevel() == null ? null : social.psoLevel().code();
    form.targetGroupPercent = social.targetGroupPercent();
    form.cpvCodes = new ArrayList<>();
    profile
        .cpvCodes()
        .forEach(
            code ->
                cpv.entry(code)
                    .ifPresent(e -> form.cpvCodes.add(e.published() + " " + cpv.label(e, locale))));
    form.rStrategies =
        new ArrayList<>(profile.rStrategies().stream().map(RStrategy::name).toList());
    form.serviceArea = profile.serviceArea().name();
    form.description = profile.description();
    form.maxContractValue = profile.maxContractValue();
    form.availableFrom = profile.availableFrom();
    form.availableUntil = profile.availableUntil();
    profile.certifications().forEach(c -> form.certifications.add(CertificationRow.of(c)));
    profile.references().forEach(r -> form.references.add(ReferenceRow.of(r)));
    return form;
  }

  /** Fills the fields the rules check; KVK number and password are the registration page's. */
  Registration toRegistration() {
    Registration form = new Registration();
    form.name = name;
    form.contactName = contactName;
    form.email = email;
    form.phone = phone;
    form.street = street;
    form.postcode = postcode;
    form.city = city;
    form.municipalityCode = municipalityCode;
    form.employees = employees;
    form.annualTurnover = euros(annualTurnover);
    form.socialEnterprise = socialEnterprise;
    form.csoRegistered = csoRegistered;
    form.psoLevel = psoLevel;
    form.targetGroupPercent = targetGroupPercent;
    // The picker shows "code label"; the code is the first word.
    form.cpvCodes = cpvCodes.stream().map(chosen -> chosen.strip().split("\\s+", 2)[0]).toList();
    form.rStrategies = List.copyOf(rStrategies);
    form.serviceArea = serviceArea;
    form.description = description;
    form.maxContractValue = euros(maxContractValue);
    form.availableFrom = availableFrom;
    form.availableUntil = availableUntil;
    form.certifications = certifications.stream().map(CertificationRow::toEntry).toList();
    form.references = references.stream().map(ReferenceRow::toEntry).toList();
    return form;
  }

  static Money euros(BigDecimal amount) {
    return amount == null ? null : new Money(amount, Money.EURO);
  }

  public void addCertification() {
    certifications.add(new CertificationRow());
  }

  public void removeCertification(CertificationRow row) {
    certifications.remove(row);
  }

  public void addReference() {
    references.add(new ReferenceRow());
  }

  public void removeReference(ReferenceRow row) {
    references.remove(row);
  }

  public List<CertificationRow> getCertifications() {
    return certifications;
  }

  public List<ReferenceRow> getReferences() {
    return references;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public void setMunicipalityCode(String municipalityCode) {
    this.municipalityCode = municipalityCode;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public BigDecimal getAnnualTurnover() {
    return annualTurnover;
  }

  public void setAnnualTurnover(BigDecimal annualTurnover) {
    this.annualTurnover = annualTurnover;
  }

  public boolean isSocialEnterprise() {
    return socialEnterprise;
  }

  public void setSocialEnterprise(boolean socialEnterprise) {
    this.socialEnterprise = socialEnterprise;
  }

  public boolean isCsoRegistered() {
    return csoRegistered;
  }

  public void setCsoRegistered(boolean csoRegistered) {
    this.csoRegistered = csoRegistered;
  }

  public String getPsoLevel() {
    return psoLevel;
  }

  public void setPsoLevel(String psoLevel) {
    this.psoLevel = psoLevel;
  }

  public BigDecimal getTargetGroupPercent() {
    return targetGroupPercent;
  }

  public void setTargetGroupPercent(BigDecimal targetGroupPercent) {
    this.targetGroupPercent = targetGroupPercent;
  }

  public List<String> getCpvCodes() {
    return cpvCodes;
  }

  public void setCpvCodes(List<String> cpvCodes) {
    this.cpvCodes = cpvCodes == null ? new ArrayList<>() : new ArrayList<>(cpvCodes);
  }

  public List<String> getRStrategies() {
    return rStrategies;
  }

  public void setRStrategies(List<String> rStrategies) {
    this.rStrategies = rStrategies == null ? new ArrayList<>() : new ArrayList<>(rStrategies);
  }

  public String getServiceArea() {
    return serviceArea;
  }

  public void setServiceArea(String serviceArea) {
    this.serviceArea = serviceArea;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public BigDecimal getMaxContractValue() {
    return maxContractValue;
  }

  public void setMaxContractValue(BigDecimal maxContractValue) {
    this.maxContractValue = maxContractValue;
  }

  public LocalDate getAvailableFrom() {
    return availableFrom;
  }

  public void setAvailableFrom(LocalDate availableFrom) {
    this.availableFrom = availableFrom;
  }

  public LocalDate getAvailableUntil() {
    return availableUntil;
  }

  public void setAvailableUntil(LocalDate availableUntil) {
    this.availableUntil = availableUntil;
  }
}
