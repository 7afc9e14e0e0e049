package nl.kringkoop.partnership.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;
import nl.kringkoop.platform.web.FormMessages;

/**
 * Shows a refused partnership change on the page: row fields such as {@code
 * partners[1].workPackage} at their input in that row of the form's {@code ui:repeat} (ids {@code
 * partners}, {@code shares}), everything else the way every form shows it.
 */
final class PanelMessages {

  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

  private PanelMessages() {}

  static void show(ProblemException refused, String formId, Locale locale) {
    if (refused.invalidFields().isEmpty()) {
      FormMessages.show(refused, formId, locale);
      return;
    }
    List<InvalidField> others = new ArrayList<>();
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
    FormMessages.show(ProblemException.invalid(others), formId, locale);
  }
}
