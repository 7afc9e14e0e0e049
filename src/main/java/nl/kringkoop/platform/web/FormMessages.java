package nl.kringkoop.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;

/** Shows a refused change on a JSF page: a summary on top and each field's reason at its input. */
public final class FormMessages {

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

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

  /**
   * Like {@link #show}, for a form whose rows are a {@code ui:repeat}: a row field such as {@code
   * parties[1].sharePercent} goes to the input {@code sharePercent} in row 1 of the repeat with id
   * {@code parties} ({@code formId:parties:1:sharePercent}) instead of onto the summary.
   */
  public static void showInRows(ProblemException refused, String formId, Locale locale) {
    if (refused.invalidFields().isEmpty()) {
      show(refused, formId, locale);
      return;
    }
    List<ProblemException.InvalidField> others = new ArrayList<>();
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ProblemException.InvalidField field : refused.invalidFields()) {
      Matcher row = ROW_FIELD.matcher(field.field());
      if (row.matches()) {
        String clientId = formId + ":" + row.group(1) + ":" + row.group(2) + ":" + row.group(3);
        String text = Messages.get(locale, field.messageKey(), field.args());
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      } else {
        others.add(field);
      }
    }
    show(ProblemException.invalid(others), formId, locale);
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
