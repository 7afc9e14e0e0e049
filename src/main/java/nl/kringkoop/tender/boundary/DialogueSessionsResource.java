package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.tender.control.Dialogues;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dialogue sessions with the selected candidates. */
@Path("tenders/{id}/dialogue-sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class DialogueSessionsResource {

  @Inject Dialogues dialogues;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Schedule a session with a candidate (DIALOGUE phase)",
      description = "Every candidate must get the same number of sessions of the same lengths.")
  public Response schedule(@PathParam("id") long tenderId, Dialogues.SessionForm form) {
    var session =
        dialogues.schedule(tenderId, TendersResource.required(form), api.caller(security));
    return Response.status(Response.Status.CREATED).entity(DialogueSessionView.of(session)).build();
  }

  @GET
  @Operation(summary = "Sessions: all for the buyer's staff, its own for a candidate")
  public List<DialogueSessionView> list(@PathParam("id") long tenderId) {
    return dialogues.visibleSessions(tenderId, api.caller(security)).stream()
        .map(DialogueSessionView::of)
        .toList();
  }

  @PUT
  @Path("{sessionId}/minutes")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the minutes of a session")
  public DialogueSessionView minutes(
      @PathParam("id") long tenderId,
      @PathParam("sessionId") long sessionId,
      TenderQuestionsResource.Text body) {
    return DialogueSessionView.of(
        dialogues.recordMinutes(
            tenderId, sessionId, TendersResource.required(body).text, api.caller(security)));
  }
}
