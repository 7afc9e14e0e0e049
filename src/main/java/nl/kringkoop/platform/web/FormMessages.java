package nl.kringkoop.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;

/** Shows a refused change on a JSF page: a summary on top and each field's reason at its input. */
public final class FormMessages {

  private FormMessages() {}

  public static void show(ProblemException refused, String formId, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refused.invalidFields().isEmpty()) {
      String text = Messages.get(locale, refused.detailKey(), refused.detailArgs());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      return;
    }
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR, Messages.get(locale, "form.fixFields"), null));
    for (ProblemException.InvalidField field : refused.invalidFields()) {
      // "cpvCodes[2]" belongs to the input "cpvCodes"; nested rows report on the summary.
      boolean nested = field.field().contains(".");
      String input = field.field().replaceAll("\\[.*", "");
      String text = Messages.get(locale, field.messageKey(), field.args());
      String label = Messages.get(locale, "field.name." + input);
      String clientId = nested ? null : formId + ":" + input;
      String shown = nested ? label + " " + position(field.field()) + ": " + text : text;
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, shown, null));
    }
  }

  public static void info(String key, Locale locale) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(locale, key), null));
  }

  private static String position(String field) {
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open < 0 || close < open) {
      return "";
    }
    return String.valueOf(Integer.parseInt(field.substring(open + 1, close)) + 1);
  }
}
