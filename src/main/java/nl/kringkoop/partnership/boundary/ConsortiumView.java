package nl.kringkoop.partnership.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.ConsortiumMember;

/**
 * A consortium as its firms (and, once formed, the buyer's staff) see it: the tender, the lead, and
 * every firm with the work package it covers, its share and its answer to the invitation.
 */
public record ConsortiumView(
    long id,
    long version,
    long tenderId,
    String tenderTitle,
    String status,
    Party lead,
    List<Member> members,
    Instant createdAt,
    Instant updatedAt)
    implements Serializable {

  /** A firm by organisation id and name. */
  public record Party(long id, String name) implements Serializable {}

  /** One firm of the consortium. */
  public record Member(
      long supplierId,
      String name,
      String role,
      String workPackage,
      BigDecimal sharePercent,
      String invitation,
      Instant answeredAt,
      String declineReason)
      implements Serializable {

    static Member of(ConsortiumMember member) {
      return new Member(
          member.organisation().id(),
          member.organisation().name(),
          member.role().name(),
          member.workPackage(),
          member.sharePercent(),
          member.invitation().name(),
          member.answeredAt().orElse(null),
          member.declineReason().orElse(null));
    }

    public boolean isPending() {
      return "PENDING".equals(invitation);
    }

    public boolean isDeclined() {
      return "DECLINED".equals(invitation);
    }
  }

  public static ConsortiumView of(Consortium consortium) {
    return new ConsortiumView(
        consortium.id(),
        consortium.version(),
        consortium.tender().id(),
        consortium.tender().title(),
        consortium.status().name(),
        new Party(consortium.lead().id(), consortium.lead().name()),
        consortium.members().stream().map(Member::of).toList(),
        consortium.createdAt(),
        consortium.updatedAt());
  }

  /** The firm's own place in it, if it is in it or invited to it. */
  public Optional<Member> memberFor(long firmId) {
    return members.stream().filter(m -> m.supplierId() == firmId).findFirst();
  }

  public boolean isProposed() {
    return "PROPOSED".equals(status);
  }

  public boolean isFormed() {
    return "FORMED".equals(status);
  }

  public boolean isLedBy(long firmId) {
    return lead.id() == firmId;
  }
}
