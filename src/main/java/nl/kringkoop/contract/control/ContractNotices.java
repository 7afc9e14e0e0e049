package nl.kringkoop.contract.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.kringkoop.contract.entity.Contract;
import nl.kringkoop.contract.entity.ContractParty;
import nl.kringkoop.notification.control.Notice;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.tender.entity.Tender;

/**
 * Tells the contracted firms, in the app and by email and in the same transaction as the change,
 * that a contract with them was entered and when it is closed.
 */
@ApplicationScoped
public class ContractNotices {

  /** The supplier's page of one contract; the id follows. */
  public static final String SUPPLIER_PAGE = "/supplier/contract.xhtml?id=";

  @Inject Notifications notifications;

  void created(Contract contract) {
    send(
        contract,
        "notification.contract.created",
        contract.buyer().name(),
        contract.title(),
        contract.reference());
  }

  void closed(Contract contract) {
    send(
        contract,
        "notification.contract.closed." + contract.status().name(),
        contract.buyer().name(),
        contract.title(),
        contract.reference());
  }

  private void send(Contract contract, String key, String... args) {
    Set<Long> firms = new TreeSet<>();
    contract.parties().stream().map(ContractParty::firm).forEach(firm -> firms.add(firm.id()));
    if (!firms.isEmpty()) {
      notifications.send(
          new Notice(
              firms,
              key,
              List.of(args),
              SUPPLIER_PAGE + contract.id(),
              contract.tender().map(Tender::id).orElse(null)));
    }
  }
}
