package nl.kringkoop.tender.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.partnership.control.ConsortiumFinder;
import nl.kringkoop.partnership.control.PartnerChoice;
import nl.kringkoop.partnership.control.PartnerLabels;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.money.Money;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;
import nl.kringkoop.tender.control.Complaints;
import nl.kringkoop.tender.control.Questions;
import nl.kringkoop.tender.control.ResponseForm;
import nl.kringkoop.tender.control.TenderResponses;

/**
 * A supplier's page for one tender ({@code supplier/tender.xhtml?id=N}): the need, and whatever the
 * firm can do in the current phase: pitch (alone, with partners, or as the formed consortium it
 * leads), withdraw, offer, ask, or complain. The server decides; the page only offers what the
 * firm's standing allows and says why a form is missing.
 */
@Named
@ViewScoped
public class PitchPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Standings standings;

  @Inject TenderResponses responses;

  @Inject Questions questions;

  @Inject Complaints complaints;

  @Inject PartnerChoice partnerChoice;

  @Inject ConsortiumFinder consortiumFinder;

  @Inject Consortia consortia;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private Long id;
  private SupplierStanding standing;
  private String vision;
  private String expertise;
  private String innovation;
  private String references;
  private Long lotId;
  private List<Long> partnerIds = new ArrayList<>();
  private final PartnerLabels partnerLabels = new PartnerLabels();
  private FormedConsortium formedConsortium;
  private boolean asConsortium = true;
  private BigDecimal price;
  private String offer;
  private String question;
  private String complaint;

  /** Reads the tender named in the address; one the firm may not see answers 404. */
  public void load() {
    if (id == null || !refresh()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
      return;
    }
    SupplierStanding.OwnResponse own = standing.own();
    if (own != null && own.lead()) {
      vision = own.vision();
      expertise = own.expertise();
      innovation = own.innovation();
      references = own.references();
    }
  }

  private boolean refresh() {
    try {
      standing = standings.of(id, caller(), language.getLocale());
      formedConsortium =
          consortiumFinder
              .formedLedBy(id, caller().organisationId())
              .map(FormedConsortium::of)
              .orElse(null);
      return true;
    } catch (ProblemException notVisible) {
      standing = null;
      return false;
    }
  }

  public void submitPitch() {
    ResponseForm form = new ResponseForm();
    form.kind = "PITCH";
    form.vision = vision;
    form.expertise = expertise;
    form.innovation = innovation;
    form.references = references;
    form.lotId = lotId;
    boolean together = asConsortium && formedConsortium != null && !standing.hasResponse();
    form.consortiumId = together ? formedConsortium.id() : null;
    form.partnerIds = together || partnerIds.isEmpty() ? null : List.copyOf(partnerIds);
    act(
        "pitch",
        "pitchPage.pitch.saved",
        () -> {
          if (together) {
            consortia.pitch(id, form, caller());
          } else {
            responses.submit(id, form, caller());
          }
        });
  }

  public void withdraw() {
    act(
        "withdraw",
        "pitchPage.withdraw.done",
        () -> responses.withdraw(id, standing.own().id(), caller()));
  }

  public void submitOffer() {
    ResponseForm form = new ResponseForm();
    form.kind = "OFFER";
    form.price = price == null ? null : Money.euros(price);
    form.offer = offer;
    act("offer", "pitchPage.offer.saved", () -> responses.submit(id, form, caller()));
  }

  public void ask() {
    act(
        "ask",
        "pitchPage.question.sent",
        () -> {
          questions.ask(id, question, caller());
          question = null;
        });
  }

  public void complain() {
    act(
        "complaint",
        "pitchPage.complaint.filed",
        () -> {
          complaints.file(id, complaint, caller());
          complaint = null;
        });
  }

  private void act(String formId, String doneKey, Runnable change) {
    try {
      change.run();
      FormMessages.info(doneKey, language.getLocale());
    } catch (ProblemException refused) {
      FormMessages.show(refused, formId, language.getLocale());
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      FormMessages.show(
          ProblemException.of(ProblemType.STALE_VERSION), formId, language.getLocale());
    }
    refresh();
  }

  public List<Long> completePartner(String query) {
    return partnerLabels.remember(partnerChoice.find(query, caller().organisationId()));
  }

  public String partnerLabel(Long orgId) {
    return partnerLabels.of(orgId);
  }

  private SignedInCaller caller() {
    return currentUser.caller();
  }

  public SupplierStanding getStanding() {
    return standing;
  }

  public FormedConsortium getFormedConsortium() {
    return formedConsortium;
  }

  public boolean isAsConsortium() {
    return asConsortium;
  }

  public void setAsConsortium(boolean asConsortium) {
    this.asConsortium = asConsortium;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getVision() {
    return vision;
  }

  public void setVision(String vision) {
    this.vision = vision;
  }

  public String getExpertise() {
    return expertise;
  }

  public void setExpertise(String expertise) {
    this.expertise = expertise;
  }

  public String getInnovation() {
    return innovation;
  }

  public void setInnovation(String innovation) {
    this.innovation = innovation;
  }

  public String getReferences() {
    return references;
  }

  public void setReferences(String references) {
    this.references = references;
  }

  public Long getLotId() {
    return lotId;
  }

  public void setLotId(Long lotId) {
    this.lotId = lotId;
  }

  public List<Long> getPartnerIds() {
    return partnerIds;
  }

  public void setPartnerIds(List<Long> partnerIds) {
    this.partnerIds = partnerIds == null ? new ArrayList<>() : new ArrayList<>(partnerIds);
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public String getOffer() {
    return offer;
  }

  public void setOffer(String offer) {
    this.offer = offer;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getComplaint() {
    return complaint;
  }

  public void setComplaint(String complaint) {
    this.complaint = complaint;
  }
}
