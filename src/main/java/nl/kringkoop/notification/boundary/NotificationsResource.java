package nl.kringkoop.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own messages: list them, count the unread ones, mark them read. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER_NAME, Role.SUPPLIER_NAME, Role.ANALYST_NAME, Role.ADMIN_NAME})
@Tag(name = "Notifications")
@SecurityRequirement(name = "bearer")
public class NotificationsResource {

  @Inject Notifications notifications;

  @Inject Accounts accounts;

  @Inject
  @ConfigProperty(name = "paging.max-size", defaultValue = "100")
  int maxPageSize;

  @Context SecurityContext security;

  @GET
  @Operation(summary = "The caller's messages, newest first, in the Accept-Language (paged)")
  public Page<NotificationView> list(
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size,
      @Context HttpHeaders headers) {
    PageRequest request = PageRequest.of(page, size, maxPageSize);
    Locale locale = Messages.preferred(headers.getAcceptableLanguages());
    return notifications
        .forUser(caller().userId(), request)
        .map(notification -> NotificationView.of(notification, locale));
  }

  @GET
  @Path("unread-count")
  @Operation(summary = "How many of the caller's messages are unread")
  public UnreadCount unreadCount() {
    return new UnreadCount(notifications.unreadCount(caller().userId()));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of the caller's messages read (404 for anyone else's)")
  public Response markRead(@PathParam("id") long id) {
    notifications.markRead(id, caller());
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all of the caller's messages read")
  public Response markAllRead() {
    notifications.markAllRead(caller());
    return Response.noContent().build();
  }

  /** {@code {"count":N}} */
  public record UnreadCount(long count) {}

  private SignedInCaller caller() {
    return accounts.caller(security.getUserPrincipal());
  }
}
