package nl.kringkoop.tender.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.tender.control.Evaluation;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evaluation committee, its scores and the resulting score sheet. */
@Path("tenders/{id}/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenders")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.OFFICER_NAME, Role.ANALYST_NAME, Role.SUPPLIER_NAME})
public class EvaluationResource {

  @Inject Evaluation evaluation;

  @Inject TenderResponses responses;

  @Inject Tenders tenders;

  @Inject TenderApi api;

  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "The score sheet",
      description =
          "For the buyer's staff at any time; for candidates once the intended award is sent.")
  public EvaluationView sheet(@PathParam("id") long tenderId) {
    SignedInCaller caller = api.caller(security);
    var sheet = evaluation.sheetFor(tenderId, caller);
    Tender tender = tenders.visible(tenderId, caller);
    boolean staff = TenderAccess.isBuyerStaff(tender, caller);
    // A candidate sees every score and rank, but only its own name among the firms.
    Map<Long, String> names = new HashMap<>();
    responses.all(tender).stream()
        .filter(r -> staff || TenderResponses.isParticipant(r, caller))
        .forEach(r -> names.put(r.id(), r.supplier().name()));
    return EvaluationView.of(tender, sheet, names, staff);
  }

  @PUT
  @Path("committee")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Appoint the committee: officers of the buyer, by user name")
  public List<String> committee(@PathParam("id") long tenderId, Committee body) {
    Committee given = TendersResource.required(body);
    return List.copyOf(
        evaluation.appointCommittee(tenderId, given.members, api.caller(security)).committee());
  }

  @PUT
  @Path("scores")
  @RolesAllowed(Role.OFFICER_NAME)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Score one quality criterion of one offer (0-10, one decimal) with a motivation")
  public ScoreView score(@PathParam("id") long tenderId, ScoreForm body) {
    ScoreForm given = TendersResource.required(body);
    if (given.responseId == null || given.criterion == null) {
      throw ProblemException.invalid(
          List.of(
              new ProblemException.InvalidField(
                  given.responseId == null ? "responseId" : "criterion", "field.required")));
    }
    var score =
        evaluation.score(
            tenderId,
            given.responseId,
            given.criterion,
            given.score,
            given.motivation,
            api.caller(security));
    return new ScoreView(
        score.response().id(),
        score.criterion(),
        score.scoredBy(),
        score.value(),
        score.motivation());
  }

  /** The committee members. */
  public static class Committee {
    public List<String> members;
  }

  /** One member's score as sent. */
  public static class ScoreForm {
    public Long responseId;
    public Integer criterion;
    public BigDecimal score;
    public String motivation;
  }

  /** One member's score as stored. */
  public record ScoreView(
      long responseId, int criterion, String scoredBy, BigDecimal score, String motivation) {}
}
