package nl.kringkoop.home.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.region.control.Regions;
import nl.kringkoop.region.entity.Municipality;

/** Start page of a firm: its own registration and the colleagues who share the account. */
@Named
@RequestScoped
public class SupplierHome {

  @Inject CurrentUser currentUser;

  @Inject Accounts accounts;

  @Inject Regions regions;

  public Organisation getOrganisation() {
    return currentUser.getOrganisation();
  }

  public String getKvkNumber() {
    Organisation own = getOrganisation();
    return own == null ? "" : own.kvkNumber().map(Object::toString).orElse("");
  }

  public String getLocation() {
    Organisation own = getOrganisation();
    return own == null
        ? ""
        : own.location().flatMap(regions::municipality).map(Municipality::name).orElse("");
  }

  public List<UserAccount> getColleagues() {
    Organisation own = getOrganisation();
    return own == null ? List.of() : accounts.members(own.id());
  }
}
