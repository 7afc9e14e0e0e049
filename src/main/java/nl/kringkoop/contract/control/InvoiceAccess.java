package nl.kringkoop.contract.control;

import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * Who may see and who may change a contract's invoices: the buyer's officers change them, its
 * analysts read them, and the firms carrying out the contract read them (whether and when they were
 * paid matters to them). Anyone else is told the contract does not exist; one who may see but not
 * change is refused.
 */
public final class InvoiceAccess {

  private InvoiceAccess() {}

  public static boolean maySee(Contract contract, SignedInCaller caller) {
    if (caller == null) {
      return false;
    }
    if (caller.hasRole(Role.SUPPLIER) && contract.isParty(caller.organisationId())) {
      return true;
    }
    return (caller.hasRole(Role.OFFICER) || caller.hasRole(Role.ANALYST))
        && contract.isBoughtBy(caller.organisationId());
  }

  public static boolean mayChange(Contract contract, SignedInCaller caller) {
    return caller != null
        && caller.hasRole(Role.OFFICER)
        && contract.isBoughtBy(caller.organisationId());
  }

  public static void requireVisible(Contract contract, SignedInCaller caller) {
    if (contract == null || !maySee(contract, caller)) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
  }

  public static void requireChangeable(Contract contract, SignedInCaller caller) {
    requireVisible(contract, caller);
    if (!mayChange(contract, caller)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "spend.refused.notBuyerOfficer");
    }
  }
}
