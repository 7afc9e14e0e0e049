package nl.kringkoop.matching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A firm invited to respond when a tender was published: its place on the list and its score, so
 * the next list can favour firms with equal scores that were invited less often.
 */
@Entity
@Table(name = "tender_invitation")
@IdClass(TenderInvitation.Key.class)
public class TenderInvitation {

  @Id
  @Column(name = "tender_id")
  private long tenderId;

  @Id
  @Column(name = "supplier_id")
  private long supplierId;

  @Column(name = "list_rank", nullable = false)
  private int rank;

  @Column(name = "score", nullable = false)
  private BigDecimal score;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  protected TenderInvitation() {}

  public TenderInvitation(long tenderId, long supplierId, int rank, double score, Instant at) {
    this.tenderId = tenderId;
    this.supplierId = supplierId;
    this.rank = rank;
    this.score = BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_UP);
    this.invitedAt = at;
  }

  public long tenderId() {
    return tenderId;
  }

  public long supplierId() {
    return supplierId;
  }

  public int rank() {
    return rank;
  }

  public BigDecimal score() {
    return score;
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  /** The composite key: one invitation per firm per tender. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long tenderId;
    private long supplierId;

    public Key() {}

    public Key(long tenderId, long supplierId) {
      this.tenderId = tenderId;
      this.supplierId = supplierId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.tenderId == tenderId && key.supplierId == supplierId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(tenderId) * 31 + Long.hashCode(supplierId);
    }
  }
}
