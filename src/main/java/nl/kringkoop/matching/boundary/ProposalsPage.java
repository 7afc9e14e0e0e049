package nl.kringkoop.matching.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.kringkoop.cpv.control.CpvCatalogue;
import nl.kringkoop.cpv.entity.CpvCode;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.matching.control.Partnerships;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.i18n.Messages;
import nl.kringkoop.platform.problem.ProblemException;

/**
 * The officer's partnership proposals for a tender: each consortium with its members, fallback
 * partners and a coverage table that shows, per requirement, which member covers it.
 */
@Named
@ViewScoped
public class ProposalsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 5;

  @Inject Partnerships partnerships;

  @Inject CpvCatalogue cpv;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private Long id;
  private boolean found;
  private String title;
  private boolean matchable;
  private boolean soloPossible;
  private List<Card> cards = List.of();

  /** One proposal on the page. */
  public record Card(
      int rank,
      int percent,
      String summary,
      List<ProposalView.MemberEntry> members,
      List<CoverageRow> coverage) {}

  /** One requirement and, per member in the card's order, whether that member covers it. */
  public record CoverageRow(String requirement, List<Boolean> coveredBy) {}

  public void load() {
    if (id == null) {
      return;
    }
    try {
      Locale locale = language.getLocale();
      Partnerships.ProposalList list = partnerships.forTender(id, null, SHOWN, caller());
      title = list.tender().title();
      matchable = list.matchable();
      soloPossible = list.soloPossible();
      cards = ProposalView.of(list, locale).proposals().stream().map(p -> card(p, locale)).toList();
      found = true;
    } catch (ProblemException hidden) {
      found = false;
    }
  }

  private Card card(ProposalView.ProposalEntry proposal, Locale locale) {
    Set<String> requirements = new LinkedHashSet<>();
    proposal.members().forEach(m -> requirements.addAll(m.covers()));
    List<CoverageRow> rows = new ArrayList<>();
    for (String requirement : requirements) {
      rows.add(
          new CoverageRow(
              label(requirement, locale),
              proposal.members().stream().map(m -> m.covers().contains(requirement)).toList()));
    }
    return new Card(
        proposal.rank(),
        (int) Math.round(proposal.score() * 100),
        proposal.summary(),
        proposal.members(),
        rows);
  }

  private String label(String requirement, Locale locale) {
    if (requirement.startsWith("R")) {
      return Messages.get(locale, "rStrategy." + requirement);
    }
    return cpv.pickerLine(new CpvCode(requirement), locale);
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

  public boolean isFound() {
    return found;
  }

  public String getTitle() {
    return title;
  }

  public boolean isMatchable() {
    return matchable;
  }

  public boolean isSoloPossible() {
    return soloPossible;
  }

  public List<Card> getCards() {
    return cards;
  }
}
