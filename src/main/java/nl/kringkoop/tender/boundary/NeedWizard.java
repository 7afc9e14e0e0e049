package nl.kringkoop.tender.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
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
import nl.kringkoop.platform.web.StaleChange;
import nl.kringkoop.tender.control.ProcedureAdvice;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The wizard in which an officer posts a need: six steps over one draft, saved on request or when
 * the review step opens, published from the review with every remaining problem listed.
 */
@Named
@ViewScoped
public class NeedWizard implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int REVIEW = 6;

  @Inject Tenders tenders;

  @Inject TenderChoices choices;

  @Inject Clock clock;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private Long id;
  private Long version;
  private int step = 1;
  private boolean editable = true;
  private NeedDraft draft;
  private NeedAdvice advice;
  private List<NeedProblem> problems = List.of();

  /** Opens a new need, or the draft named by {@code ?id=}. */
  public void load() {
    if (draft != null) {
      return;
    }
    SignedInCaller caller = caller();
    if (id == null) {
      draft = NeedDraft.fresh(currentUser.getOrganisation().code().orElse(null));
      return;
    }
    try {
      Tender tender = tenders.visible(id, caller);
      editable =
          tender.status() == TenderStatus.DRAFT && TenderAccess.isBuyerOfficer(tender, caller);
      version = tender.version();
      draft = NeedDraft.of(tender, choices::cpvLine);
      if (!editable) {
        error("need.notEditable");
      }
    } catch (ProblemException refused) {
      editable = false;
      draft = NeedDraft.fresh(null);
      error("need.notFound");
    }
  }

  public void next() {
    goTo(step + 1);
  }

  public void back() {
    goTo(step - 1);
  }

  /** Moves to a step; opening the review saves the draft so its checks run on what is stored. */
  public void goTo(int target) {
    step = Math.max(1, Math.min(REVIEW, target));
    if (step == REVIEW && store()) {
      review();
    }
  }

  public void save() {
    if (store()) {
      info("need.saved");
      if (step == REVIEW) {
        review();
      }
    }
  }

  /** Saves what was typed, then publishes; a refusal lists every field still to fix. */
  public void publish() throws IOException {
    if (!store()) {
      return;
    }
    try {
      tenders.publish(id, version, caller());
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.getFlash().put("tenderNotice", "need.published");
      external.redirect(external.getRequestContextPath() + "/officer/tender.xhtml?id=" + id);
    } catch (ProblemException refused) {
      step = REVIEW;
      review();
      refuse(refused);
    } catch (RuntimeException failed) {
      staleOrThrow(failed);
    }
  }

  private boolean store() {
    if (!editable) {
      return false;
    }
    try {
      Tender saved =
          id == null
              ? tenders.draft(draft.toForm(null), caller())
              : tenders.change(id, draft.toForm(version), caller());
      id = saved.id();
      version = saved.version();
      problems = List.of();
      return true;
    } catch (ProblemException refused) {
      refuse(refused);
      return false;
    } catch (RuntimeException failed) {
      staleOrThrow(failed);
      return false;
    }
  }

  private void review() {
    Tender stored = tenders.visible(id, caller());
    Locale locale = language.getLocale();
    advice =
        tenders.advice(stored, clock.instant()).map(a -> NeedAdvice.of(a, locale)).orElse(null);
    if (draft.getProcedureType() == null && advice != null) {
      draft.setProcedureType(advice.defaultType());
    }
    problems =
        tenders.publishProblems(stored).errors().stream()
            .map(invalid -> NeedProblem.of(invalid, locale))
            .toList();
  }

  private void refuse(ProblemException refused) {
    if (refused.type() == ProblemType.STALE_VERSION) {
      error("need.stale");
      return;
    }
    Locale locale = language.getLocale();
    if (refused.invalidFields().isEmpty()) {
      addMessage(Messages.get(locale, refused.detailKey(), refused.detailArgs()));
      return;
    }
    problems = refused.invalidFields().stream().map(f -> NeedProblem.of(f, locale)).toList();
    error("form.fixFields");
  }

  private void staleOrThrow(RuntimeException failed) {
    if (!StaleChange.causedBy(failed)) {
      throw failed;
    }
    error("need.stale");
  }

  private void error(String key) {
    addMessage(Messages.get(language.getLocale(), key));
  }

  private void info(String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, Messages.get(language.getLocale(), key), null));
  }

  private static void addMessage(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private SignedInCaller caller() {
    return currentUser.caller();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public int getStep() {
    return step;
  }

  public boolean isEditable() {
    return editable;
  }

  public NeedDraft getDraft() {
    return draft;
  }

  public NeedAdvice getAdvice() {
    return advice;
  }

  public List<NeedProblem> getProblems() {
    return problems;
  }

  /** The advice in words: level, proposed procedure and each reason written out. */
  public record NeedAdvice(String level, String defaultType, List<String> reasons)
      implements Serializable {

    static NeedAdvice of(ProcedureAdvice advice, Locale locale) {
      return new NeedAdvice(
          advice.level().name(),
          advice.defaultType().name(),
          advice.reasons().stream()
              .map(r -> Messages.get(locale, r.messageKey(), r.args().toArray()))
              .toList());
    }
  }
}
