package nl.kringkoop.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Dutch municipality by its CBS code, placed in its COROP region and province. */
@Entity
@Table(name = "municipality")
public class Municipality {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  @ManyToOne(optional = false)
  @JoinColumn(name = "corop_code")
  private CoropRegion region;

  protected Municipality() {}

  public Municipality(MunicipalityCode code, String name, CoropRegion region) {
    this.code = code.value();
    this.name = name;
    this.region = region;
  }

  /**
   * Takes name and COROP region from an official list (municipalities are renamed and regions
   * redrawn now and then); tells whether anything changed.
   */
  public boolean change(String newName, CoropRegion newRegion) {
    if (name.equals(newName) && region.code().equals(newRegion.code())) {
      return false;
    }
    this.name = newName;
    this.region = newRegion;
    return true;
  }

  public MunicipalityCode code() {
    return new MunicipalityCode(code);
  }

  public String name() {
    return name;
  }

  public CoropRegion region() {
    return region;
  }
}
