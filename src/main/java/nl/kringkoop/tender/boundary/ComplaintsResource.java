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
import nl.kringkoop.tender.control.Complaints;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complaints during the standstill period; a pending one holds the award back. */
@Path("tenders/{id}/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class ComplaintsResource {

  @Inject Complaints complaints;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.SUPPLIER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "File a complaint against the intended award (candidates, in standstill)")
  public Response file(@PathParam("id") long tenderId, TenderQuestionsResource.Text body) {
    var complaint =
        complaints.file(tenderId, TendersResource.required(body).text, api.caller(security));
    return Response.status(Response.Status.CREATED).entity(ComplaintView.of(complaint)).build();
  }

  @GET
  @Operation(summary = "Complaints: all for the buyer's staff, its own for a firm")
  public List<ComplaintView> list(@PathParam("id") long tenderId) {
    return complaints.visibleComplaints(tenderId, api.caller(security)).stream()
        .map(ComplaintView::of)
        .toList();
  }

  @PUT
  @Path("{complaintId}")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the outcome: UPHELD, REJECTED or WITHDRAWN, with an explanation")
  public ComplaintView decide(
      @PathParam("id") long tenderId, @PathParam("complaintId") long complaintId, Outcome body) {
    Outcome given = TendersResource.required(body);
    return ComplaintView.of(
        complaints.decide(
            tenderId, complaintId, given.outcome, given.explanation, api.caller(security)));
  }

  /** The officer's decision on a complaint. */
  public static class Outcome {
    public String outcome;
    public String explanation;
  }
}
