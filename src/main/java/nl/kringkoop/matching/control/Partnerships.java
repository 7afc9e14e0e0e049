package nl.kringkoop.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.matching.engine.Member;
import nl.kringkoop.matching.engine.NeedFacts;
import nl.kringkoop.matching.engine.PartnershipSearch;
import nl.kringkoop.matching.engine.Proposal;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.TenderAccess;
import nl.kringkoop.tender.control.Tenders;
import nl.kringkoop.tender.entity.Lot;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * Consortia proposed for a need: every proposal for the buyer's officers; for a firm, only the
 * proposals it is part of, while the need is open for entries (its partner suggestions).
 */
@ApplicationScoped
public class Partnerships {

  public static final int LIMIT_MAX = 20;

  @Inject Tenders tenders;

  @Inject TenderNeeds needs;

  @Inject MatchingIndex index;

  @Inject MatchingPolicies policies;

  @Inject Matches matches;

  /** Proposals with the names of every firm in them (members and fallbacks). */
  public record ProposalList(
      Tender tender,
      Lot lot,
      boolean matchable,
      boolean soloPossible,
      List<Proposal> proposals,
      Map<Long, String> names) {}

  public ProposalList forTender(long tenderId, Long lotId, int limit, SignedInCaller caller) {
    Tender tender = tenders.visible(tenderId, caller);
    boolean officer = TenderAccess.isBuyerOfficer(tender, caller);
    boolean firm = caller.hasRole(Role.SUPPLIER) && tender.status() == TenderStatus.PUBLISHED;
    if (!officer && !firm) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    Lot lot =
        lotId == null
            ? null
            : tender.lot(lotId).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND));
    Optional<NeedFacts> need = needs.of(tender, lot);
    if (need.isEmpty()) {
      return new ProposalList(tender, lot, false, false, List.of(), Map.of());
    }
    PartnershipSearch search =
        new PartnershipSearch(index.current(), policies.of(tender.buyer().code().orElse(null)));
    int bounded = Math.max(1, Math.min(limit, LIMIT_MAX));
    PartnershipSearch.Result result =
        officer
            ? search.propose(need.get(), bounded)
            : search.proposeWith(need.get(), caller.organisationId(), bounded);
    return new ProposalList(
        tender,
        lot,
        true,
        result.soloPossible(),
        result.proposals(),
        matches.names(firmsIn(result.proposals())));
  }

  private static Set<Long> firmsIn(List<Proposal> proposals) {
    Set<Long> ids = new HashSet<>();
    for (Proposal proposal : proposals) {
      for (Member member : proposal.members()) {
        ids.add(member.supplierId());
        ids.addAll(member.fallbacks());
      }
    }
    return ids;
  }
}
