package nl.kringkoop.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A municipality's targets for one year: the shares of its spend it aims to buy circular etc. */
@Entity
@Table(name = "spend_target")
@IdClass(SpendTarget.Key.class)
public class SpendTarget {

  /** Buyer and year. */
  public record Key(Long buyerId, Integer year) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  /** The four shares in percent (0..100, two decimals). */
  public record Shares(BigDecimal circular, BigDecimal local, BigDecimal sme, BigDecimal social) {}

  @Id
  @Column(name = "buyer_id")
  private Long buyerId;

  @Id
  @Column(name = "target_year")
  private Integer year;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "circular_percent", nullable = false)
  private BigDecimal circular;

  @Column(name = "local_percent", nullable = false)
  private BigDecimal local;

  @Column(name = "sme_percent", nullable = false)
  private BigDecimal sme;

  @Column(name = "social_percent", nullable = false)
  private BigDecimal social;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected SpendTarget() {}

  public SpendTarget(long buyerId, int year, Shares shares, String by, Instant now) {
    this.buyerId = buyerId;
    this.year = year;
    set(shares, by, now);
  }

  public void set(Shares shares, String by, Instant now) {
    this.circular = shares.circular();
    this.local = shares.local();
    this.sme = shares.sme();
    this.social = shares.social();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public Shares shares() {
    return new Shares(circular, local, sme, social);
  }

  public long buyerId() {
    return buyerId;
  }

  public int year() {
    return year;
  }

  public long version() {
    return version;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
