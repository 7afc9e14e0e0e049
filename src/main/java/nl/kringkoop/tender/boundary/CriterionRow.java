package nl.kringkoop.tender.boundary;

import java.io.Serializable;

/** A quality criterion row: name and weight in percent. */
public class CriterionRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private String name;
  private Integer weight;

  public CriterionRow() {}

  CriterionRow(String name, Integer weight) {
    this.name = name;
    this.weight = weight;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getWeight() {
    return weight;
  }

  public void setWeight(Integer weight) {
    this.weight = weight;
  }
}
