package nl.kringkoop.partnership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.matching.control.Partnerships;
import nl.kringkoop.matching.engine.Member;
import nl.kringkoop.matching.engine.Proposal;
import nl.kringkoop.platform.problem.ProblemException;

/**
 * The matching engine's consortia that include the supplier's own firm, on its tender page: who
 * would complement it, and a button that puts those firms on the partnership form.
 */
@Named
@ViewScoped
public class PartnerSuggestions implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 3;

  @Inject Partnerships partnerships;

  @Inject CurrentUser currentUser;

  @Inject PartnershipPanel panel;

  private List<Suggestion> suggestions = List.of();

  /** One proposed team: the other firms with what each covers, and the team's score. */
  public record Suggestion(int index, String partners, int percent, List<Long> partnerIds) {}

  public void open(Long tenderId) {
    suggestions = List.of();
    if (tenderId == null || currentUser.account().isEmpty()) {
      return;
    }
    SignedInCaller caller = currentUser.caller();
    try {
      Partnerships.ProposalList list = partnerships.forTender(tenderId, null, SHOWN, caller);
      List<Suggestion> found = new ArrayList<>();
      for (Proposal proposal : list.proposals()) {
        List<Member> others =
            proposal.members().stream()
                .filter(m -> m.supplierId() != caller.organisationId())
                .toList();
        found.add(
            new Suggestion(
                found.size(),
                others.stream()
                    .map(
                        m ->
                            list.names().get(m.supplierId())
                                + " ("
                                + String.join(", ", m.covers())
                                + ")")
                    .collect(Collectors.joining("; ")),
                (int) Math.round(proposal.score() * 100),
                others.stream().map(Member::supplierId).toList()));
      }
      suggestions = List.copyOf(found);
    } catch (ProblemException notForThisCaller) {
      suggestions = List.of();
    }
  }

  /** Puts the firms of one suggestion on the partnership form. */
  public void use(int index) {
    if (index >= 0 && index < suggestions.size()) {
      panel.suggest(suggestions.get(index).partnerIds());
    }
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }
}
