package nl.kringkoop.matching.engine;

import java.util.List;

/**
 * A proposed consortium: its members (the lead first), the share of the need's requirements they
 * cover together (1: only full coverage is proposed), its score from 0 to 1 and the parts that add
 * up to it.
 */
public record Proposal(
    List<Member> members, double coverage, double score, List<ProposalPart> explanation) {

  public Proposal {
    members = List.copyOf(members);
    explanation = List.copyOf(explanation);
  }
}
