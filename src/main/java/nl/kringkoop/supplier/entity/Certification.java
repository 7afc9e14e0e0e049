package nl.kringkoop.supplier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/** A certificate a firm holds, as the firm states it; verification is a separate, admin step. */
@Embeddable
public class Certification {

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false)
  private CertificationKind kind;

  @Column(name = "name")
  private String name;

  @Column(name = "level_value")
  private Integer level;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  protected Certification() {}

  public Certification(CertificationKind kind, String name, Integer level, LocalDate expiresOn) {
    this.kind = Objects.requireNonNull(kind);
    this.name = name;
    this.level = level;
    this.expiresOn = expiresOn;
  }

  public CertificationKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public Integer level() {
    return level;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public boolean isValidOn(LocalDate day) {
    return expiresOn == null || !expiresOn.isBefore(day);
  }
}
