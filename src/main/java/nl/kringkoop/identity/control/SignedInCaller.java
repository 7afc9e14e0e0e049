package nl.kringkoop.identity.control;

import java.io.Serializable;
import java.util.Set;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;

/** Who is signed in, as kept in the web session or resolved from a bearer token. */
public record SignedInCaller(long userId, String username, long organisationId, Set<String> roles)
    implements Serializable {

  public SignedInCaller {
    roles = Set.copyOf(roles);
  }

  public static SignedInCaller of(UserAccount user) {
    return new SignedInCaller(
        user.id(),
        user.username(),
        user.organisation().id(),
        user.roles().stream().map(Role::name).collect(java.util.stream.Collectors.toSet()));
  }

  public boolean hasRole(Role role) {
    return roles.contains(role.name());
  }
}
