package nl.kringkoop.supplier.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import nl.kringkoop.supplier.control.Registration;
import nl.kringkoop.supplier.entity.Certification;

/** One editable certificate line of the profile form. */
public class CertificationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String kind;
  private String name;
  private Integer level;
  private LocalDate expiresOn;

  static CertificationRow of(Certification held) {
    CertificationRow row = new CertificationRow();
    row.kind = held.kind().name();
    row.name = held.name();
    row.level = held.level();
    row.expiresOn = held.expiresOn();
    return row;
  }

  Registration.CertificationEntry toEntry() {
    return new Registration.CertificationEntry(kind, name, level, expiresOn);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }
}
