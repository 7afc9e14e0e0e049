package nl.kringkoop.partnership.entity;

/** The lead responds to the tender for the consortium; members take part through it. */
public enum MemberRole {
  LEAD,
  MEMBER
}
