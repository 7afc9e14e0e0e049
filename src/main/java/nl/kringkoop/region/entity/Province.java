package nl.kringkoop.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the twelve Dutch provinces (NUTS 2), by its CBS code such as {@code PV25}. */
@Entity
@Table(name = "province")
public class Province {

  @Id
  @Column(name = "code")
  private String code;

  @Column(name = "name", nullable = false)
  private String name;

  protected Province() {}

  public Province(String code, String name) {
    this.code = code;
    this.name = name;
  }

  /** Takes the name of an official list; tells whether it changed. */
  public boolean rename(String newName) {
    if (name.equals(newName)) {
      return false;
    }
    this.name = newName;
    return true;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
