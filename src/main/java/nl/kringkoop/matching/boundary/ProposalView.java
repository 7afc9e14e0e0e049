package nl.kringkoop.matching.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.matching.control.Partnerships;
import nl.kringkoop.matching.engine.Member;
import nl.kringkoop.matching.engine.Proposal;
import nl.kringkoop.matching.engine.ProposalPart;

/**
 * Proposed consortia over the API: members (lead first) with what each covers and who could step
 * in, the coverage, the score and the parts that add up to it.
 */
public record ProposalView(
    long tenderId,
    Long lotId,
    boolean matchable,
    boolean soloPossible,
    List<ProposalEntry> proposals) {

  /** One proposed consortium. */
  public record ProposalEntry(
      int rank,
      List<MemberEntry> members,
      double coverage,
      double score,
      String summary,
      List<MatchView.Part> explanation) {}

  /** A member: its role, the CPV codes and R-strategies it covers, and fallback partners. */
  public record MemberEntry(
      long supplierId, String name, String role, List<String> covers, List<Firm> fallbacks) {}

  /** A firm by id and name. */
  public record Firm(long supplierId, String name) {}

  static ProposalView of(Partnerships.ProposalList list, Locale locale) {
    List<ProposalEntry> entries = new ArrayList<>();
    for (Proposal proposal : list.proposals()) {
      entries.add(
          new ProposalEntry(
              entries.size() + 1,
              proposal.members().stream().map(m -> member(m, list.names())).toList(),
              MatchView.round(proposal.coverage()),
              MatchView.round(proposal.score()),
              summary(proposal.explanation(), locale),
              proposal.explanation().stream().map(p -> part(p, locale)).toList()));
    }
    return new ProposalView(
        list.tender().id(),
        list.lot() == null ? null : list.lot().id(),
        list.matchable(),
        list.soloPossible(),
        entries);
  }

  private static MemberEntry member(Member member, Map<Long, String> names) {
    return new MemberEntry(
        member.supplierId(),
        names.get(member.supplierId()),
        member.role().name(),
        member.covers(),
        member.fallbacks().stream().map(id -> new Firm(id, names.get(id))).toList());
  }

  private static MatchView.Part part(ProposalPart part, Locale locale) {
    return new MatchView.Part(
        part.factor().name(),
        part.weight(),
        MatchView.round(part.value()),
        MatchView.round(part.contribution()),
        ReasonText.of(ReasonText.PARTNERSHIP, part.reason(), locale));
  }

  private static String summary(List<ProposalPart> parts, Locale locale) {
    return ReasonText.strongestFirst(
        parts,
        ProposalPart::weight,
        ProposalPart::contribution,
        p -> ReasonText.of(ReasonText.PARTNERSHIP, p.reason(), locale));
  }
}
