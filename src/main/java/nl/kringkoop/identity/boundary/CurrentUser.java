package nl.kringkoop.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.identity.control.Accounts;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/** The signed-in person as the pages show them: name, organisation, roles and start page. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject HttpServletRequest request;

  @Inject Accounts accounts;

  private Optional<UserAccount> account;

  public Optional<UserAccount> account() {
    if (account == null
        && request.getAttribute(KringkoopAuthentication.CHECKED_ACCOUNT)
            instanceof UserAccount user) {
      account = Optional.of(user);
    }
    if (account == null) {
      SignedInCaller caller = KringkoopAuthentication.sessionCaller(request);
      account = caller == null ? Optional.empty() : accounts.findByUsername(caller.username());
    }
    return account;
  }

  /**
   * The signed-in person as the control layer wants them.
   *
   * @throws ProblemException unauthenticated when nobody is signed in
   */
  public SignedInCaller caller() {
    return account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public String getDisplayName() {
    return account().map(UserAccount::displayName).orElse("");
  }

  public Organisation getOrganisation() {
    return account().map(UserAccount::organisation).orElse(null);
  }

  public String getOrganisationName() {
    return account().map(user -> user.organisation().name()).orElse("");
  }

  public List<String> getRoles() {
    return account()
        .map(user -> user.roles().stream().map(Role::name).sorted().toList())
        .orElse(List.of());
  }

  public boolean hasRole(String role) {
    return getRoles().contains(role);
  }

  public String getStartPage() {
    return account()
        .map(user -> StartPages.forRoles(Accounts.roleNames(user)))
        .orElse(StartPages.PUBLIC);
  }
}
