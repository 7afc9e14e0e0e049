package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractOrigin;
import nl.kringkoop.contract.entity.ContractParty;
import nl.kringkoop.contract.entity.Invoice;
import nl.kringkoop.contract.entity.Milestone;
import nl.kringkoop.contract.entity.SpendRecord;
import nl.kringkoop.contract.entity.SpendShare;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.tender.entity.TenderResponse;

/**
 * The release's {@code contracts}: each contract concluded on a winning offer, with its period,
 * value, milestones and the invoices paid on it. A paid invoice becomes one transaction per firm
 * that earned a share of it, paid by the buyer; open invoices, notes and who recorded what stay
 * out.
 */
final class ContractSection {

  private final TenderProcess process;
  private final Parties parties;
  private final List<TenderResponse> winners;

  ContractSection(TenderProcess process, Parties parties, List<TenderResponse> winners) {
    this.process = process;
    this.parties = parties;
    this.winners = winners;
  }

  /** The contracts that can be tied to an award; with no award there is no contract to show. */
  List<Contract> published() {
    return process.contracts().stream().filter(c -> award(c).isPresent()).toList();
  }

  /** The paid invoices of a contract. */
  List<SpendRecord> paid(Contract contract) {
    return process.invoices().stream()
        .filter(invoice -> same(invoice.contract(), contract))
        .filter(invoice -> invoice.invoice().paidOn() != null)
        .toList();
  }

  List<JsonObject> build() {
    return published().stream().map(this::contract).toList();
  }

  private JsonObject contract(Contract contract) {
    for (ContractParty party : contract.parties()) {
      parties.firm(party.firm(), Parties.SUPPLIER);
    }
    OcdsObject implementation =
        new OcdsObject()
            .objects("transactions", transactions(contract))
            .objects("milestones", contract.milestones().stream().map(this::milestone).toList());
    return new OcdsObject()
        .text("id", "contract-" + contract.id())
        .text("awardID", award(contract).map(AwardSection::awardId).orElseThrow())
        .text("title", contract.title())
        .text("status", OcdsCodes.contractStatus(contract.status()))
        .object(
            "period",
            OcdsObject.period(
                OcdsDates.startOf(contract.startsOn()), OcdsDates.endOf(contract.endsOn())))
        .money("value", contract.value())
        .date("dateSigned", contract.signedAt())
        .object("implementation", implementation)
        .build();
  }

  /**
   * The winning offer a contract was concluded on: the one for a lot it covers, else the one whose
   * firm is a party to it, else the only one.
   */
  private Optional<TenderResponse> award(Contract contract) {
    Optional<TenderResponse> byLot =
        winners.stream()
            .filter(w -> w.lot().filter(lot -> contract.lotIds().contains(lot.id())).isPresent())
            .findFirst();
    Optional<TenderResponse> byParty =
        winners.stream().filter(w -> isParty(contract, w)).findFirst();
    // A contract entered by hand that only refers to the tender is not this award's contract.
    Optional<TenderResponse> only =
        winners.size() == 1 && contract.origin() == ContractOrigin.AWARD
            ? Optional.of(winners.get(0))
            : Optional.empty();
    return byLot.or(() -> byParty).or(() -> only);
  }

  private static boolean isParty(Contract contract, TenderResponse winner) {
    return contract.parties().stream().anyMatch(p -> same(p.firm(), winner.supplier()));
  }

  private List<JsonObject> transactions(Contract contract) {
    List<JsonObject> transactions = new ArrayList<>();
    Party payer = parties.buyer().playing(Parties.PAYER);
    for (SpendRecord record : paid(contract)) {
      Invoice invoice = record.invoice();
      List<SpendShare> shares = record.shares();
      for (int i = 0; i < shares.size(); i++) {
        SpendShare share = shares.get(i);
        Party payee = parties.firm(share.recipient(), Parties.PAYEE);
        transactions.add(
            new OcdsObject()
                .text("id", "payment-" + record.id() + "-" + (i + 1))
                .text("date", OcdsDates.startOf(invoice.paidOn()))
                .money("value", share.amount())
                .object("payer", OcdsObject.reference(payer))
                .object("payee", OcdsObject.reference(payee))
                .build());
      }
    }
    return transactions;
  }

  private JsonObject milestone(Milestone milestone) {
    return new OcdsObject()
        .text("id", "milestone-" + milestone.id())
        .text("title", milestone.title())
        .text("type", "delivery")
        .text("dueDate", OcdsDates.startOf(milestone.dueOn()))
        .text("dateMet", milestone.completedOn().map(OcdsDates::startOf))
        .date("dateModified", milestone.updatedAt())
        .text("status", OcdsCodes.milestoneStatus(milestone.status()))
        .build();
  }

  /** The same contract: one object in a persistence context, or equal ids across contexts. */
  private static boolean same(Contract one, Contract other) {
    return one == other || (one.id() != null && one.id().equals(other.id()));
  }

  private static boolean same(Organisation one, Organisation other) {
    return one == other || (one.id() != null && one.id().equals(other.id()));
  }
}
