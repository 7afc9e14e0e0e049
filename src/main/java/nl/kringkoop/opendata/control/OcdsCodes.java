package nl.kringkoop.opendata.control;

import nl.kringkoop.contract.entity.ContractStatus;
import nl.kringkoop.contract.entity.MilestoneStatus;
import nl.kringkoop.supplier.entity.SizeClass;
import nl.kringkoop.tender.entity.ProcedureType;
import nl.kringkoop.tender.entity.PurchaseKind;
import nl.kringkoop.tender.entity.TenderStatus;

/** Kringkoop's enums in the closed OCDS 1.1 codelists. */
final class OcdsCodes {

  private OcdsCodes() {}

  /** tenderStatus: every phase from publication to the award decision is "active". */
  static String tenderStatus(TenderStatus status) {
    return switch (status) {
      case DRAFT -> "planning";
      case PUBLISHED, SELECTION, DIALOGUE, OFFERS, EVALUATION, AWARD_INTENDED -> "active";
      case AWARDED -> "complete";
      case CANCELLED -> "cancelled";
    };
  }

  /**
   * method: quotes asked from one firm are a direct award, from a few a limited procedure; open
   * procedures are open, and restricted ones and the competitive dialogue select candidates first.
   */
  static String method(ProcedureType procedure) {
    return switch (procedure) {
      case SINGLE_QUOTE -> "direct";
      case MULTIPLE_QUOTE -> "limited";
      case NATIONAL_OPEN, EUROPEAN_OPEN -> "open";
      case NATIONAL_RESTRICTED, EUROPEAN_RESTRICTED, EUROPEAN_COMPETITIVE_DIALOGUE -> "selective";
    };
  }

  /** procurementCategory. */
  static String category(PurchaseKind kind) {
    return switch (kind) {
      case SUPPLIES -> "goods";
      case SERVICES -> "services";
      case WORKS -> "works";
    };
  }

  /** partyScale of the party details scale extension: small and medium firms are both "sme". */
  static String scale(SizeClass size) {
    return switch (size) {
      case MICRO -> "micro";
      case SMALL, MEDIUM -> "sme";
      case LARGE -> "large";
    };
  }

  /** contractStatus: a completed contract is no longer active, which 1.1 calls terminated. */
  static String contractStatus(ContractStatus status) {
    return status == ContractStatus.ACTIVE ? "active" : "terminated";
  }

  /** milestoneStatus. */
  static String milestoneStatus(MilestoneStatus status) {
    return status == MilestoneStatus.DONE ? "met" : "scheduled";
  }
}
