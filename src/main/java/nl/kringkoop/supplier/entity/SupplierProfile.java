package nl.kringkoop.supplier.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.circularity.entity.RStrategy;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.entity.Organisation;

/**
 * What a supplier tells the platform about itself: contact, size, social enterprise status,
 * certificates, capabilities and capacity. One per supplier organisation, keyed by it.
 */
@Entity
@Table(name = "supplier_profile")
public class SupplierProfile {

  @Id
  @Column(name = "organisation_id")
  private Long id;

  @MapsId
  @OneToOne(optional = false)
  @JoinColumn(name = "organisation_id")
  private Organisation organisation;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "contact_name", nullable = false)
  private String contactName;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "phone")
  private String phone;

  @Column(name = "street")
  private String street;

  @Column(name = "postcode")
  private String postcode;

  @Column(name = "city")
  private String city;

  @Column(name = "employees", nullable = false)
  private int employees;

  @Column(name = "annual_turnover", nullable = false)
  private BigDecimal annualTurnover;

  @Enumerated(EnumType.STRING)
  @Column(name = "size_class", nullable = false)
  private SizeClass sizeClass;

  @Column(name = "social_enterprise", nullable = false)
  private boolean socialEnterprise;

  @Column(name = "cso_registered", nullable = false)
  private boolean csoRegistered;

  @Enumerated(EnumType.STRING)
  @Column(name = "pso_level")
  private PsoLevel psoLevel;

  @Column(name = "target_group_percent")
  private BigDecimal targetGroupPercent;

  @Column(name = "max_contract_value")
  private BigDecimal maxContractValue;

  @Column(name = "available_from")
  private LocalDate availableFrom;

  @Column(name = "available_until")
  private LocalDate availableUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_area", nullable = false)
  private ServiceArea serviceArea;

  @Column(name = "description")
  private String description;

  @Column(name = "kvk_verified", nullable = false)
  private boolean kvkVerified;

  @Column(name = "social_verified", nullable = false)
  private boolean socialVerified;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supplier_cpv", joinColumns = @JoinColumn(name = "organisation_id"))
  @Column(name = "cpv_code", nullable = false)
  private Set<String> cpvCodes = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "supplier_r_strategy",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "r_strategy", nullable = false)
  private Set<RStrategy> rStrategies = EnumSet.noneOf(RStrategy.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "supplier_certification",
      joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "list_position")
  private List<Certification> certifications = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "supplier_reference", joinColumns = @JoinColumn(name = "organisation_id"))
  @OrderColumn(name = "list_position")
  private List<ProjectReference> references = new ArrayList<>();

  protected SupplierProfile() {}

  public SupplierProfile(Organisation organisation, Contact contact, Size size, Instant now) {
    this.organisation = Objects.requireNonNull(organisation);
    this.serviceArea = ServiceArea.REGION;
    changeContact(contact, now);
    changeSize(size, now);
  }

  public void changeContact(Contact contact, Instant now) {
    this.contactName = Objects.requireNonNull(contact.name());
    this.email = Objects.requireNonNull(contact.email());
    this.phone = contact.phone();
    this.street = contact.street();
    this.postcode = contact.postcode();
    this.city = contact.city();
    this.updatedAt = now;
  }

  /** Size class follows headcount and turnover; it is stored so that searches can filter it. */
  public void changeSize(Size size, Instant now) {
    this.employees = size.employees();
    this.annualTurnover = Objects.requireNonNull(size.annualTurnover());
    this.sizeClass = SizeClass.of(employees, annualTurnover);
    this.updatedAt = now;
  }

  public void changeSocialEnterprise(SocialEnterprise social, Instant now) {
    boolean changed =
        social.claimed() != socialEnterprise
            || social.csoRegistered() != csoRegistered
            || social.psoLevel() != psoLevel;
    this.socialEnterprise = social.claimed();
    this.csoRegistered = social.csoRegistered();
    this.psoLevel = social.psoLevel();
    this.targetGroupPercent = social.targetGroupPercent();
    if (changed) {
      this.socialVerified = false; // a changed claim needs checking again
    }
    this.updatedAt = now;
  }

  public void changeCapabilities(
      Set<CpvCode> codes, Set<RStrategy> strategies, ServiceArea area, String text, Instant now) {
    this.cpvCodes = new TreeSet<>();
    codes.forEach(code -> cpvCodes.add(code.digits()));
    this.rStrategies =
        strategies.isEmpty() ? EnumSet.noneOf(RStrategy.class) : EnumSet.copyOf(strategies);
    this.serviceArea = Objects.requireNonNull(area);
    this.description = text;
    this.updatedAt = now;
  }

  public void changeCapacity(BigDecimal maxValue, LocalDate from, LocalDate until, Instant now) {
    this.maxContractValue = maxValue;
    this.availableFrom = from;
    this.availableUntil = until;
    this.updatedAt = now;
  }

  public void replaceCertifications(List<Certification> held, Instant now) {
    this.certifications = new ArrayList<>(held);
    this.updatedAt = now;
  }

  public void replaceReferences(List<ProjectReference> projects, Instant now) {
    this.references = new ArrayList<>(projects);
    this.updatedAt = now;
  }

  /** Records an administrator's checks; a social enterprise check needs the firm's claim. */
  public void verify(boolean kvk, boolean social, Instant now) {
    if (social && !socialEnterprise) {
      throw new IllegalArgumentException("No social enterprise claim to verify");
    }
    this.kvkVerified = kvk;
    this.socialVerified = social;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Organisation organisation() {
    return organisation;
  }

  public Contact contact() {
    return new Contact(contactName, email, phone, street, postcode, city);
  }

  public int employees() {
    return employees;
  }

  public BigDecimal annualTurnover() {
    return annualTurnover;
  }

  public SizeClass sizeClass() {
    return sizeClass;
  }

  public SocialEnterprise socialEnterprise() {
    return new SocialEnterprise(socialEnterprise, csoRegistered, psoLevel, targetGroupPercent);
  }

  public Set<CpvCode> cpvCodes() {
    Set<CpvCode> codes = new java.util.LinkedHashSet<>();
    cpvCodes.stream().sorted().forEach(digits -> codes.add(new CpvCode(digits)));
    return codes;
  }

  public Set<RStrategy> rStrategies() {
    return rStrategies.isEmpty() ? EnumSet.noneOf(RStrategy.class) : EnumSet.copyOf(rStrategies);
  }

  public ServiceArea serviceArea() {
    return serviceArea;
  }

  public String description() {
    return description;
  }

  public BigDecimal maxContractValue() {
    return maxContractValue;
  }

  public LocalDate availableFrom() {
    return availableFrom;
  }

  public LocalDate availableUntil() {
    return availableUntil;
  }

  public List<Certification> certifications() {
    return List.copyOf(certifications);
  }

  public List<ProjectReference> references() {
    return List.copyOf(references);
  }

  public boolean kvkVerified() {
    return kvkVerified;
  }

  public boolean socialVerified() {
    return socialVerified;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** How to reach the firm: shown to officers and the firm itself, never to other firms. */
  public record Contact(
      String name, String email, String phone, String street, String postcode, String city) {}

  /** Headcount and annual turnover in euros, from which the EU size class follows. */
  public record Size(int employees, BigDecimal annualTurnover) {}

  /** The firm's social enterprise claim; verified separately by an administrator. */
  public record SocialEnterprise(
      boolean claimed, boolean csoRegistered, PsoLevel psoLevel, BigDecimal targetGroupPercent) {}
}
