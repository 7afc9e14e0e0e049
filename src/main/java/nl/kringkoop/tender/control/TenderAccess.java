package nl.kringkoop.tender.control;

import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.Tender;

/**
 * Who may see and who may run a tender. The market (anyone, signed in or not) sees a tender once it
 * is published; a draft is seen only by its buyer's staff; only the buyer's officers run it. A
 * tender one may not see answers 404, one that may be seen but not run 403.
 */
public final class TenderAccess {

  private TenderAccess() {}

  public static boolean maySee(Tender tender, SignedInCaller caller) {
    return tender.status().isVisibleToMarket() || isBuyerStaff(tender, caller);
  }

  public static boolean isBuyerStaff(Tender tender, SignedInCaller caller) {
    return caller != null
        && (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST))
        && tender.isBoughtBy(caller.organisationId());
  }

  public static boolean isBuyerOfficer(Tender tender, SignedInCaller caller) {
    return caller != null
        && caller.hasRole(Role.OFFICER)
        && tender.isBoughtBy(caller.organisationId());
  }

  public static void requireVisible(Tender tender, SignedInCaller caller) {
    if (!maySee(tender, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
  }

  public static void requireBuyerOfficer(Tender tender, SignedInCaller caller) {
    requireVisible(tender, caller);
    if (!isBuyerOfficer(tender, caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "tender.refused.notBuyer");
    }
  }

  public static void requireSupplier(SignedInCaller caller) {
    if (caller == null || !caller.hasRole(Role.SUPPLIER)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
  }
}
