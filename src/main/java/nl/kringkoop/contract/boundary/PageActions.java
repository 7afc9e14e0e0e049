package nl.kringkoop.contract.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;

/**
 * Runs a change from a contract page and shows how it went: a confirmation, or each refused field
 * at its input (row fields such as {@code parties[1].sharePercent} at that row of the form's {@code
 * ui:repeat} with id {@code parties}), and a lost race as "changed meanwhile".
 */
@ApplicationScoped
public class PageActions {

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

  @Inject LanguageSelection language;

  /** Runs the change; whether it was stored. */
  public boolean run(String formId, String doneKey, Runnable change) {
    Locale locale = language.getLocale();
    try {
      change.run();
      FormMessages.info(doneKey, locale);
      return true;
    } catch (ProblemException refused) {
      show(refused, formId, locale);
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
        ProblemException.invalid(java.util.List.of(new InvalidField(field, key))),
        formId,
        language.getLocale());
  }

  private static void show(ProblemException refused, String formId, Locale locale) {
    java.util.List<InvalidField> others = new java.util.ArrayList<>();
    FacesContext faces = FacesContext.getCurrentInstance();
    for (InvalidField field : refused.invalidFields()) {
      Matcher row = ROW_FIELD.matcher(field.field());
      if (row.matches()) {
        String clientId = formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3);
        String text = Messages.get(locale, field.messageKey(), field.args());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      } else {
        others.add(field);
      }
    }
    if (refused.invalidFields().isEmpty()) {
      FormMessages.show(refused, formId, locale);
    } else {
      FormMessages.show(ProblemException.invalid(others), formId, locale);
    }
  }
}
