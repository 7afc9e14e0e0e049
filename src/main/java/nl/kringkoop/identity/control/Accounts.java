package nl.kringkoop.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.identity.entity.UserAccount;

/** Entry point of the identity component: users and the organisations they belong to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Accounts {

  @PersistenceContext EntityManager em;

  public Optional<UserAccount> findByUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", UserAccount.normalise(username))
        .getResultStream()
        .findFirst();
  }

  public Optional<Organisation> organisation(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public long countOrganisations() {
    return em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
  }

  public long countUsers() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  public long countUsersWithRole(Role role) {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** The organisation of the platform's administrators, when one exists. */
  public Optional<Organisation> platformOrganisation() {
    return em.createQuery(
            "select o from Organisation o where o.kind = :kind order by o.id", Organisation.class)
        .setParameter("kind", OrganisationKind.PLATFORM)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether any enabled user holds the role. */
  public boolean anyEnabledWithRole(Role role) {
    return em.createQuery(
                "select count(u) from UserAccount u join u.roles r"
                    + " where r = :role and u.enabled = true",
                Long.class)
            .setParameter("role", role)
            .getSingleResult()
        > 0;
  }

  @Transactional
  public Organisation add(Organisation organisation) {
    em.persist(organisation);
    return organisation;
  }

  @Transactional
  public UserAccount add(UserAccount user) {
    em.persist(user);
    return user;
  }

  /** Users of an organisation, for the organisation's own page. */
  public java.util.List<UserAccount> members(long organisationId) {
    return em.createQuery(
            "select u from UserAccount u where u.organisation.id = :organisation order by u.displayName",
            UserAccount.class)
        .setParameter("organisation", organisationId)
        .getResultList();
  }

  public static Set<String> roleNames(UserAccount user) {
    return SignedInCaller.of(user).roles();
  }
}
