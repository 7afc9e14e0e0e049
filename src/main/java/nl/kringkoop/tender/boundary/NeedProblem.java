package nl.kringkoop.tender.boundary;

import java.util.Locale;
import java.util.Map;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * One thing to fix in a need before it can be saved or published: the field in words, what is
 * wrong, and the wizard step where the field is.
 */
public record NeedProblem(String field, String label, String text, int step) {

  private static final Map<String, Integer> STEPS =
      Map.ofEntries(
          Map.entry("title", 1),
          Map.entry("ambition", 1),
          Map.entry("scope", 1),
          Map.entry("purchaseKind", 1),
          Map.entry("location", 1),
          Map.entry("cpvCodes", 2),
          Map.entry("rStrategies", 2),
          Map.entry("circularGoal", 2),
          Map.entry("socialReturnPercent", 2),
          Map.entry("maxBudget", 3),
          Map.entry("estimatedValue", 3),
          Map.entry("lots", 3),
          Map.entry("priceWeight", 4),
          Map.entry("criteria", 4),
          Map.entry("entryDeadline", 5),
          Map.entry("dialogueStart", 5),
          Map.entry("dialogueEnd", 5),
          Map.entry("offerDeadline", 5),
          Map.entry("procedureType", NeedWizard.REVIEW));

  static NeedProblem of(InvalidField invalid, Locale locale) {
    String field = invalid.field();
    String base = field.replaceAll("[\\[.].*", "");
    StringBuilder label = new StringBuilder(Messages.get(locale, "need.field." + base));
    int open = field.indexOf('[');
    int close = field.indexOf(']');
    if (open >= 0 && close > open) {
      label.append(' ').append(Integer.parseInt(field.substring(open + 1, close)) + 1);
      int dot = field.indexOf('.', close);
      if (dot > 0) {
        label
            .append(", ")
            .append(
                Messages.get(
                    locale, "need.field." + field.substring(dot + 1).replaceAll("\\[.*", "")));
      }
    }
    String text = Messages.get(locale, invalid.messageKey(), invalid.args());
    return new NeedProblem(field, label.toString(), text, STEPS.getOrDefault(base, 1));
  }

  /** An id part for the page: {@code lots[0].maxBudget} becomes {@code lots-0-maxBudget}. */
  public String getAnchor() {
    return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
  }
}
