package nl.kringkoop.tender.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.DisplayTime;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The tender page's state and its phase actions: the need, the timeline, publishing, moving to the
 * next phase and cancelling. The panels for responses, questions, dialogue, evaluation, complaints
 * and the trail share it for the tender and the caller.
 */
@Named
@ViewScoped
public class TenderDesk implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "phase";

  @Inject Tenders tenders;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  @Inject DisplayTime displayTime;

  @Inject Clock clock;

  private Long id;
  private Tender tender;
  private boolean officer;
  private String cancelReason;

  public void load() {
    if (tender != null || id == null) {
      return;
    }
    try {
      refresh();
    } catch (ProblemException hidden) {
      tender = null;
      return;
    }
    Object notice =
        FacesContext.getCurrentInstance().getExternalContext().getFlash().get("tenderNotice");
    if (notice instanceof String key) {
      FormMessages.info(key, language.getLocale());
    }
  }

  /** Reads the tender again after a change, so every panel shows the stored state and version. */
  void refresh() {
    SignedInCaller caller = caller();
    Tender found = tenders.visible(id, caller);
    if (!TenderAccess.isBuyerStaff(found, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    tender = found;
    officer = TenderAccess.isBuyerOfficer(found, caller);
  }

  public void publish() {
    run(() -> tenders.publish(id, tender.version(), caller()), "officerTender.published");
  }

  /** Moves to the next phase; a refusal (entry phase still open, no pitches...) is shown as is. */
  public void advance() {
    TenderStatus next = nextPhase();
    if (next != null) {
      run(() -> tenders.advance(id, next, tender.version(), caller()), "officerTender.advanced");
    }
  }

  public void cancel() {
    run(
        () -> tenders.cancel(id, cancelReason, tender.version(), caller()),
        "officerTender.cancelled");
    if (tender.status() == TenderStatus.CANCELLED) {
      cancelReason = null;
    }
  }

  /** Runs a change, shows its outcome on the page and reloads the tender. */
  void run(Runnable change, String doneKey) {
    Locale locale = language.getLocale();
    try {
      change.run();
      FormMessages.info(doneKey, locale);
    } catch (ProblemException refused) {
      show(refused, locale);
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      show(ProblemException.of(ProblemType.STALE_VERSION), locale);
    }
    refresh();
  }

  /** A refusal as page messages; each invalid field is named, since the forms here are small. */
  private static void show(ProblemException refused, Locale locale) {
    if (refused.invalidFields().isEmpty()) {
      FormMessages.show(refused, FORM, locale);
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ProblemException.InvalidField field : refused.invalidFields()) {
      String base = field.field().replaceAll("[\\[.].*", "");
      String text =
          Messages.get(locale, "officerTender.field." + base)
              + ": "
              + Messages.get(locale, field.messageKey(), field.args());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
  }

  /**
   * The phase the advance button leads to; none where the phase has its own action (publishing a
   * draft, the intended award after evaluation) or the tender is closed.
   */
  private TenderStatus nextPhase() {
    if (tender == null || !officer) {
      return null;
    }
    TenderStatus status = tender.status();
    if (status == TenderStatus.DRAFT || status == TenderStatus.EVALUATION) {
      return null;
    }
    return status.next().orElse(null);
  }

  /** The name of the next phase for the advance button, or null when there is no such button. */
  public String getNextPhase() {
    TenderStatus next = nextPhase();
    return next == null ? null : next.name();
  }

  public List<PhaseStep> getTimeline() {
    return PhaseStep.timeline(tender, displayTime, language.getLocale());
  }

  public boolean isOfferDeadlinePassed() {
    return tender != null && !tender.offersSealed(clock.instant());
  }

  SignedInCaller caller() {
    return currentUser.caller();
  }

  Locale locale() {
    return language.getLocale();
  }

  Tender tender() {
    return tender;
  }

  public Tender getTender() {
    return tender;
  }

  /** The committee members' user names, for the evaluation section. */
  public String getCommittee() {
    return tender == null ? "" : String.join(", ", new java.util.TreeSet<>(tender.committee()));
  }

  public boolean isOfficer() {
    return officer;
  }

  /** Whether the tender has come as far as a phase; a cancelled tender shows all it had. */
  public boolean reached(String status) {
    return tender != null && tender.status().compareTo(TenderStatus.valueOf(status)) >= 0;
  }

  public boolean is(String status) {
    return tender != null && tender.status().name().equals(status);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
