package nl.kringkoop.tender.boundary;

import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;

/** The signed-in person behind a tender page, as the control layer wants them. */
final class PageCaller {

  private PageCaller() {}

  static SignedInCaller of(CurrentUser user) {
    return user.caller();
  }
}
