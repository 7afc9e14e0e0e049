package nl.kringkoop.tender.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.kringkoop.cpv.entity.CpvCode;

/** A part of a tender that can be offered on and awarded separately, with its own ceiling. */
@Entity
@Table(name = "tender_lot")
public class Lot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "tender_id")
  private Tender tender;

  @Column(name = "ordinal", nullable = false)
  private int ordinal;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "max_budget")
  private BigDecimal maxBudget;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "tender_lot_cpv", joinColumns = @JoinColumn(name = "lot_id"))
  @Column(name = "cpv_code")
  private Set<String> cpvCodes = new TreeSet<>();

  protected Lot() {}

  Lot(Tender tender, int ordinal, String title, BigDecimal maxBudget, Collection<CpvCode> codes) {
    this.tender = tender;
    this.ordinal = ordinal;
    this.title = title;
    this.maxBudget = maxBudget;
    codes.forEach(code -> cpvCodes.add(code.digits()));
  }

  public Long id() {
    return id;
  }

  public int ordinal() {
    return ordinal;
  }

  public String title() {
    return title;
  }

  public Optional<BigDecimal> maxBudget() {
    return Optional.ofNullable(maxBudget);
  }

  public Set<CpvCode> cpvCodes() {
    return cpvCodes.stream()
        .map(CpvCode::new)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
