package nl.kringkoop.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.kringkoop.region.entity.MunicipalityCode;

/**
 * A party on the platform: a municipality (identified by its CBS code), a supplier (identified by
 * its KVK number) or the platform operator. Every user belongs to exactly one.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private OrganisationKind kind;

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "cbs_code", updatable = false)
  private String cbsCode;

  @Column(name = "kvk_number")
  private String kvkNumber;

  @Column(name = "municipality_code")
  private String municipalityCode;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  /** The stored name of a removed organisation; screens show a translated text instead. */
  public static final String REMOVED_NAME = "-";

  protected Organisation() {}

  private Organisation(OrganisationKind kind, String name, Instant createdAt) {
    this.kind = kind;
    this.name = requireName(name);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public static Organisation municipality(MunicipalityCode code, String name, Instant createdAt) {
    Organisation municipality = new Organisation(OrganisationKind.MUNICIPALITY, name, createdAt);
    municipality.cbsCode = code.value();
    municipality.municipalityCode = code.value();
    return municipality;
  }

  public static Organisation supplier(
      KvkNumber kvkNumber, String name, MunicipalityCode location, Instant createdAt) {
    Organisation supplier = new Organisation(OrganisationKind.SUPPLIER, name, createdAt);
    supplier.kvkNumber = kvkNumber.value();
    supplier.municipalityCode = location.value();
    return supplier;
  }

  public static Organisation platform(String name, Instant createdAt) {
    return new Organisation(OrganisationKind.PLATFORM, name, createdAt);
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An organisation needs a name");
    }
    return name.strip();
  }

  public void moveTo(MunicipalityCode location) {
    this.municipalityCode = Objects.requireNonNull(location).value();
  }

  public void rename(String newName) {
    this.name = requireName(newName);
  }

  /**
   * Forgets who the organisation was, keeping the row so that history (responses, contracts, spend)
   * still adds up. Its location stays: it is not personal data and local spend reports need it.
   */
  public void removeIdentity(Instant now) {
    this.name = REMOVED_NAME;
    this.kvkNumber = null;
    this.removedAt = Objects.requireNonNull(now);
  }

  public boolean isRemoved() {
    return removedAt != null;
  }

  /** A firm's new trade name or location, e.g. from a regional network's import. */
  public void redescribeSupplier(String newName, MunicipalityCode newLocation) {
    if (kind != OrganisationKind.SUPPLIER) {
      throw new IllegalStateException("Only a supplier is redescribed this way");
    }
    this.name = requireName(newName);
    this.municipalityCode = newLocation.value();
  }

  /** The code that identifies the organisation publicly: CBS code or KVK number. */
  public Optional<String> code() {
    return switch (kind) {
      case MUNICIPALITY -> Optional.of(cbsCode);
      case SUPPLIER -> Optional.ofNullable(kvkNumber);
      case PLATFORM -> Optional.empty();
    };
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Optional<KvkNumber> kvkNumber() {
    return Optional.ofNullable(kvkNumber).map(KvkNumber::new);
  }

  /** Where the organisation is: for a municipality its own code, for a firm its location. */
  public Optional<MunicipalityCode> location() {
    return Optional.ofNullable(municipalityCode).map(MunicipalityCode::new);
  }

  public Instant createdAt() {
    return createdAt;
  }
}
