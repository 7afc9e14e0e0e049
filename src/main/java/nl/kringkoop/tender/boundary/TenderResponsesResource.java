package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.tender.control.ResponseForm;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.TenderResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entry pitches and sealed final offers of suppliers and consortia. */
@Path("tenders/{id}/responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class TenderResponsesResource {

  @Inject TenderResponses responses;

  @Inject Tenders tenders;

  @Inject Consortia consortia;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.SUPPLIER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Submit or replace the firm's entry pitch (kind PITCH) or final offer (kind OFFER)",
      description =
          "A pitch only while the entry phase is open; an offer only by a selected candidate"
              + " before the offer deadline, at or under the ceiling. 201 for a new response."
              + " A formed consortium's lead sends consortiumId; its members become the partners.")
  public Response submit(@PathParam("id") long tenderId, ResponseForm form, @Context UriInfo uri) {
    SignedInCaller caller = api.caller(security);
    ResponseForm given = TendersResource.required(form);
    boolean existed =
        responses
            .ownResponse(tenders.visible(tenderId, caller), caller.organisationId())
            .isPresent();
    TenderResponse response =
        given.consortiumId == null
            ? responses.submit(tenderId, given, caller)
            : consortia.pitch(tenderId, given, caller);
    ResponseView view = ownView(response);
    if (existed) {
      return Response.ok(view).build();
    }
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(response.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Operation(
      summary = "Responses: all for the buyer's staff, the own one for a supplier",
      description = "Offers stay sealed (no price, no content) until the offer deadline.")
  public List<ResponseView> list(@PathParam("id") long tenderId) {
    SignedInCaller caller = api.caller(security);
    return responses.visibleResponses(tenderId, caller).stream().map(r -> view(r, caller)).toList();
  }

  @GET
  @Path("{responseId}")
  @Operation(summary = "One response; 404 for a firm that is not part of it")
  public ResponseView response(
      @PathParam("id") long tenderId, @PathParam("responseId") long responseId) {
    SignedInCaller caller = api.caller(security);
    return view(responses.response(tenderId, responseId, caller), caller);
  }

  @GET
  @Path("{responseId}/offer")
  @Operation(
      summary = "The final offer's content",
      description =
          "For the buyer only after the offer deadline (403 offer-sealed before it); the first"
              + " reading is recorded as the opening.")
  public ResponseView.Offer offer(
      @PathParam("id") long tenderId, @PathParam("responseId") long responseId) {
    TenderResponse response = responses.openOffer(tenderId, responseId, api.caller(security));
    return ownView(response).offer();
  }

  @DELETE
  @Path("{responseId}")
  @RolesAllowed(Role.SUPPLIER_NAME)
  @Operation(summary = "Withdraw the pitch, or the offer, before the deadline of its phase")
  public ResponseView withdraw(
      @PathParam("id") long tenderId, @PathParam("responseId") long responseId) {
    return ownView(responses.withdraw(tenderId, responseId, api.caller(security)));
  }

  @PUT
  @Path("{responseId}/selection")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Select a pitch for the dialogue, or not, with a note (SELECTION phase)")
  public ResponseView select(
      @PathParam("id") long tenderId,
      @PathParam("responseId") long responseId,
      Selection selection) {
    Selection given = TendersResource.required(selection);
    SignedInCaller caller = api.caller(security);
    return view(responses.select(tenderId, responseId, given.selected, given.note, caller), caller);
  }

  /** The buyer's selection decision. */
  public static class Selection {
    public boolean selected;
    public String note;
  }

  private ResponseView view(TenderResponse response, SignedInCaller caller) {
    boolean own = TenderResponses.isParticipant(response, caller);
    boolean sealed = response.tender().offersSealed(tenders.now());
    return ResponseView.of(
        response, sealed, own || (!sealed && response.tender().offersOpenedAt().isPresent()));
  }

  private ResponseView ownView(TenderResponse response) {
    return ResponseView.of(response, response.tender().offersSealed(tenders.now()), true);
  }
}
