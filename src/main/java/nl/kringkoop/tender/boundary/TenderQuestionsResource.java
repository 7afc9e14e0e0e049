package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.PermitAll;
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
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.tender.control.Questions;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Question;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Written questions and the nota van inlichtingen. */
@Path("tenders/{id}/questions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
public class TenderQuestionsResource {

  @Inject Questions questions;

  @Inject Tenders tenders;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @POST
  @RolesAllowed(Role.SUPPLIER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Ask a question (from publication until the offer deadline)")
  public Response ask(@PathParam("id") long tenderId, Text body) {
    Question asked =
        questions.ask(tenderId, TendersResource.required(body).text, api.caller(security));
    return Response.status(Response.Status.CREATED)
        .entity(QuestionView.of(asked, false, true))
        .build();
  }

  @GET
  @PermitAll
  @Operation(
      summary = "The nota van inlichtingen",
      description =
          "Published answers for everyone, numbered and without the asker; the buyer's staff"
              + " see every question; a firm also its own unanswered ones.")
  public List<QuestionView> list(@PathParam("id") long tenderId) {
    SignedInCaller caller = api.callerOrAnonymous(security);
    boolean staff = TenderAccess.isBuyerStaff(tenders.visible(tenderId, caller), caller);
    return questions.visibleQuestions(tenderId, caller).stream()
        .map(
            q ->
                QuestionView.of(
                    q, staff, caller != null && q.askedBy().id() == caller.organisationId()))
        .toList();
  }

  @PUT
  @Path("{questionId}/answer")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Write or rewrite the answer; it stays private until published")
  public QuestionView answer(
      @PathParam("id") long tenderId, @PathParam("questionId") long questionId, Text body) {
    Question answered =
        questions.answer(
            tenderId, questionId, TendersResource.required(body).text, api.caller(security));
    return QuestionView.of(answered, true, false);
  }

  @POST
  @Path("publication")
  @RolesAllowed(Role.OFFICER_NAME)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Publish every answer written so far to all participants at once")
  public List<QuestionView> publish(@PathParam("id") long tenderId) {
    return questions.publishAnswers(tenderId, api.caller(security)).stream()
        .map(q -> QuestionView.of(q, true, false))
        .toList();
  }

  /** A question or answer text. */
  public static class Text {
    public String text;
  }
}
