package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.tender.control.Questions;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Tender;

/**
 * One published need for anyone ({@code public/tender.xhtml?id=N}), with the nota van inlichtingen.
 * A draft or an unknown id answers 404 with a friendly notice.
 */
@Named
@RequestScoped
public class PublicTenderPage {

  @Inject Tenders tenders;

  @Inject Questions questions;

  @Inject CpvCatalogue cpv;

  @Inject LanguageSelection language;

  private Long id;
  private PublicNeed need;

  public void load() {
    need = id == null ? null : published(id);
    if (need == null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  private PublicNeed published(long tenderId) {
    try {
      Tender tender = tenders.visible(tenderId, null);
      return PublicNeed.of(
          tender, questions.visibleQuestions(tenderId, null), cpv, language.getLocale());
    } catch (ProblemException notVisible) {
      return null;
    }
  }

  public PublicNeed getNeed() {
    return need;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
