package nl.kringkoop.contract.entity;

/** A firm's place in a contract: alone, or as a consortium's lead or member. */
public enum PartyRole {
  SOLE,
  LEAD,
  MEMBER
}
