package nl.kringkoop.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A COROP region (NUTS 3), the usual unit for "local" beyond the municipality itself. */
@Entity
@Table(name = "corop_region")
public class CoropRegion {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "province_code")
  private Province province;

  protected CoropRegion() {}

  public CoropRegion(String code, String name, Province province) {
    this.code = code;
    this.name = name;
    this.province = province;
  }

  /** Takes name and province from an official list; tells whether anything changed. */
  public boolean change(String newName, Province newProvince) {
    if (name.equals(newName) && province.code().equals(newProvince.code())) {
      return false;
    }
    this.name = newName;
    this.province = newProvince;
    return true;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Province province() {
    return province;
  }
}
