package nl.kringkoop.platform.audit.control;

/**
 * What goes into the audit trail. {@code action} is a stable upper-case code such as {@code
 * SIGN_IN_SUCCEEDED}; the object is named by type and id.
 */
public record AuditEvent(
    String actor,
    Long organisationId,
    String action,
    String objectType,
    String objectId,
    String detail) {

  public static AuditEvent of(String actor, Long organisationId, String action) {
    return new AuditEvent(actor, organisationId, action, null, null, null);
  }

  public AuditEvent about(String type, Object id) {
    return new AuditEvent(actor, organisationId, action, type, String.valueOf(id), detail);
  }

  public AuditEvent withDetail(String text) {
    return new AuditEvent(actor, organisationId, action, objectType, objectId, text);
  }
}
