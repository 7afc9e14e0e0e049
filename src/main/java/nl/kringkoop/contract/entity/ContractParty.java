package nl.kringkoop.contract.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.kringkoop.identity.entity.Organisation;

/** One firm carrying out a contract, with its share of the value in percent. */
@Entity
@Table(name = "contract_party")
public class ContractParty {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "contract_id")
  private Contract contract;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private Organisation firm;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_role", nullable = false)
  private PartyRole role;

  @Column(name = "share_percent", nullable = false)
  private BigDecimal sharePercent;

  protected ContractParty() {}

  ContractParty(Contract contract, Organisation firm, PartyRole role, BigDecimal sharePercent) {
    this.contract = contract;
    this.firm = firm;
    this.role = role;
    this.sharePercent = sharePercent;
  }

  public Long id() {
    return id;
  }

  public Contract contract() {
    return contract;
  }

  public Organisation firm() {
    return firm;
  }

  public PartyRole role() {
    return role;
  }

  public BigDecimal sharePercent() {
    return sharePercent;
  }
}
