package nl.kringkoop.tender.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A quality criterion with its weight in percent; price has its own weight on the tender. */
@Embeddable
public class Criterion {

  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "weight", nullable = false)
  private int weight;

  protected Criterion() {}

  public Criterion(String name, int weight) {
    this.name = Objects.requireNonNull(name);
    this.weight = weight;
  }

  public String name() {
    return name;
  }

  public int weight() {
    return weight;
  }
}
