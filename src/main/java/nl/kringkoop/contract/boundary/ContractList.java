package nl.kringkoop.contract.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.kringkoop.contract.control.ContractFinder;
import nl.kringkoop.contract.control.Contracts;
import nl.kringkoop.identity.boundary.CurrentUser;

/**
 * The list of contracts on the officer's, the analyst's and the supplier's contracts page: the
 * municipality's contracts for its staff, the firm's own for a supplier, with their flags.
 */
@Named
@ViewScoped
public class ContractList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ContractFinder finder;

  @Inject Contracts contracts;

  @Inject CurrentUser currentUser;

  private ContractRows rows;

  @PostConstruct
  void load() {
    rows = new ContractRows(finder, contracts, currentUser.caller());
  }

  public ContractRows getRows() {
    return rows;
  }
}
