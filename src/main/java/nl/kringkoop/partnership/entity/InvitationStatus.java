package nl.kringkoop.partnership.entity;

/** A firm's answer to the lead's invitation; the lead's own is accepted from the start. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  DECLINED
}
