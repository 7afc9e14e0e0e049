package nl.kringkoop.matching.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.kringkoop.matching.engine.Factor;
import nl.kringkoop.matching.engine.MatchingPolicy;

/** The weights one municipality chose for ranking firms; without a row the defaults apply. */
@Entity
@Table(name = "matching_policy")
public class MunicipalMatchingPolicy {

  @Id
  @Column(name = "municipality_code")
  private String municipalityCode;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "capability_weight", nullable = false)
  private int capability;

  @Column(name = "circularity_weight", nullable = false)
  private int circularity;

  @Column(name = "locality_weight", nullable = false)
  private int locality;

  @Column(name = "capacity_weight", nullable = false)
  private int capacity;

  @Column(name = "social_value_weight", nullable = false)
  private int socialValue;

  @Column(name = "certification_weight", nullable = false)
  private int certification;

  @Column(name = "track_record_weight", nullable = false)
  private int trackRecord;

  @Column(name = "verification_weight", nullable = false)
  private int verification;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected MunicipalMatchingPolicy() {}

  public MunicipalMatchingPolicy(String municipalityCode) {
    this.municipalityCode = municipalityCode;
  }

  /** Takes the weights of a policy that has already checked them against the bounds. */
  public void adopt(MatchingPolicy policy, String username, Instant now) {
    capability = policy.weight(Factor.CAPABILITY);
    circularity = policy.weight(Factor.CIRCULARITY);
    locality = policy.weight(Factor.LOCALITY);
    capacity = policy.weight(Factor.CAPACITY);
    socialValue = policy.weight(Factor.SOCIAL_VALUE);
    certification = policy.weight(Factor.CERTIFICATION);
    trackRecord = policy.weight(Factor.TRACK_RECORD);
    verification = policy.weight(Factor.VERIFICATION);
    updatedBy = username;
    updatedAt = now;
  }

  public MatchingPolicy policy() {
    Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
    weights.put(Factor.CAPABILITY, capability);
    weights.put(Factor.CIRCULARITY, circularity);
    weights.put(Factor.LOCALITY, locality);
    weights.put(Factor.CAPACITY, capacity);
    weights.put(Factor.SOCIAL_VALUE, socialValue);
    weights.put(Factor.CERTIFICATION, certification);
    weights.put(Factor.TRACK_RECORD, trackRecord);
    weights.put(Factor.VERIFICATION, verification);
    return MatchingPolicy.of(weights);
  }

  public String municipalityCode() {
    return municipalityCode;
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
