package nl.kringkoop.matching.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.matching.control.NeedsForFirm;
import nl.kringkoop.platform.i18n.LanguageSelection;

/** The supplier's "needs for you": open needs that fit the firm, with why they fit. */
@Named
@ViewScoped
public class NeedsForYouPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject NeedsForFirm needs;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private List<Row> rows;

  /** One open need: where to read it, its deadline, the firm's score and why. */
  public record Row(
      long tenderId, String title, String buyer, Instant entryDeadline, int percent, String why) {}

  public List<Row> getRows() {
    if (rows == null) {
      Locale locale = language.getLocale();
      rows =
          currentUser
              .account()
              .map(account -> needs.forFirm(account.organisation().id()))
              .orElse(List.of())
              .stream()
              .map(
                  n ->
                      new Row(
                          n.tender().id(),
                          n.tender().title(),
                          n.tender().buyer().name(),
                          n.tender().entryDeadline().orElse(null),
                          (int) Math.round(n.match().score() * 100),
                          ReasonText.summary(n.match().explanation(), locale)))
              .toList();
    }
    return rows;
  }
}
