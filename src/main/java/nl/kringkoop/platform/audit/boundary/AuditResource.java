package nl.kringkoop.platform.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.FieldChecks;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The platform-wide audit trail, newest first, for administrators. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration")
@SecurityRequirement(name = "bearer")
public class AuditResource {

  @Inject AuditLog auditLog;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @GET
  @Operation(
      summary =
          "Audit trail entries, newest first (paged); with objectType and objectId the history of"
              + " that one object, oldest first")
  public Page<Entry> entries(
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    if (objectType == null && objectId == null) {
      return auditLog.latest(request).map(Entry::from);
    }
    FieldChecks checks = new FieldChecks();
    checks.require(objectType != null && !objectType.isBlank(), "objectType", "field.required");
    checks.require(objectId != null && !objectId.isBlank(), "objectId", "field.required");
    checks.throwIfAny();
    return auditLog.about(objectType.strip(), objectId.strip(), request).map(Entry::from);
  }

  /** One audit entry as the API shows it. */
  public record Entry(
      long id,
      Instant occurredAt,
      String actor,
      Long organisationId,
      String action,
      String objectType,
      String objectId,
      String detail) {

    static Entry from(AuditEntry entry) {
      return new Entry(
          entry.id(),
          entry.occurredAt(),
          entry.actor(),
          entry.organisationId(),
          entry.action(),
          entry.objectType(),
          entry.objectId(),
          entry.detail());
    }
  }
}
