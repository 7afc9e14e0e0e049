package nl.kringkoop.supplier.boundary;

import nl.kringkoop.identity.entity.UserAccount;

/** A user of the caller's own firm. */
public record ColleagueView(long id, String username, String displayName, String email)
    implements java.io.Serializable {

  static ColleagueView of(UserAccount user) {
    return new ColleagueView(user.id(), user.username(), user.displayName(), user.email());
  }
}
