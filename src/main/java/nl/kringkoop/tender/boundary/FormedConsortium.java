package nl.kringkoop.tender.boundary;

import java.io.Serializable;
import java.util.stream.Collectors;
import nl.kringkoop.partnership.entity.Consortium;
import nl.kringkoop.partnership.entity.MemberRole;

/** A formed consortium the firm leads, offered on its pitch form, with its partners' names. */
public record FormedConsortium(long id, String partners) implements Serializable {

  static FormedConsortium of(Consortium consortium) {
    return new FormedConsortium(
        consortium.id(),
        consortium.members().stream()
            .filter(m -> m.role() == MemberRole.MEMBER)
            .map(m -> m.organisation().name())
            .sorted()
            .collect(Collectors.joining(", ")));
  }
}
