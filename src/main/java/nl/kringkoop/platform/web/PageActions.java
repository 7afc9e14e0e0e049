package nl.kringkoop.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Runs a change from a page and shows how it went: a confirmation, or each refused field at its
 * input (row fields such as {@code parties[1].sharePercent} at that row of the form's {@code
 * ui:repeat} with id {@code parties}, see {@link FormMessages#showInRows}), and a lost race as
 * "changed meanwhile".
 */
@ApplicationScoped
public class PageActions {

  @Inject LanguageSelection language;

  /** Runs the change; whether it was stored. */
  public boolean run(String formId, String doneKey, Runnable change) {
    Locale locale = language.getLocale();
    try {
      change.run();
      FormMessages.info(doneKey, locale);
      return true;
    } catch (ProblemException refused) {
      FormMessages.showInRows(refused, formId, locale);
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      FormMessages.show(ProblemException.of(ProblemType.STALE_VERSION), formId, locale);
    }
    return false;
  }

  public void fieldError(String formId, String field, String key) {
    FormMessages.show(
        ProblemException.invalid(List.of(new InvalidField(field, key))),
        formId,
        language.getLocale());
  }
}
