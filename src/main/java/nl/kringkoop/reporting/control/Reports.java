package nl.kringkoop.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.identity.entity.Role;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.time.ClockProducer;

/**
 * The reporting component's entry point: which municipality a caller reports on (only its own
 * officers and analysts may), its spend report and tender outcomes, and the choices its filters
 * offer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

  @PersistenceContext EntityManager em;

  @Inject SpendReport spendReport;

  @Inject TenderOutcomes tenderOutcomes;

  @Inject Clock clock;

  /**
   * The municipality whose figures the caller may see.
   *
   * @throws ProblemException forbidden unless the caller is an officer or analyst of a municipality
   */
  public Organisation buyerOf(SignedInCaller caller) {
    if (!caller.hasRole(Role.OFFICER) && !caller.hasRole(Role.ANALYST)) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    Organisation buyer = em.find(Organisation.class, caller.organisationId());
    if (buyer == null || buyer.kind() != OrganisationKind.MUNICIPALITY) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    return buyer;
  }

  /**
   * The caller's municipality's spend in the scope written.
   *
   * @throws ProblemException forbidden for other callers; invalid for a bad year or filter
   */
  public SpendFigures spend(SignedInCaller caller, String year, String department, String region) {
    Organisation buyer = buyerOf(caller);
    return spendReport.figures(ReportScope.parse(buyer.id(), year, department, region));
  }

  public SpendFigures spend(ReportScope scope) {
    return spendReport.figures(scope);
  }

  /** What the exports of a scope show: the municipality's figures and tender outcomes, today. */
  public ReportContent content(Organisation buyer, ReportScope scope) {
    return new ReportContent(
        buyer.name(),
        scope,
        spendReport.figures(scope),
        tenderOutcomes.of(buyer.id(), scope.year()),
        LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE)));
  }

  public TenderOutcomes.Year tenders(SignedInCaller caller, int year) {
    return tenderOutcomes.of(buyerOf(caller).id(), year);
  }

  /** The years with spend of a municipality and the current year, newest first. */
  public List<Integer> years(long buyerId) {
    TreeSet<Integer> years = new TreeSet<>(spendReport.years(buyerId));
    years.add(currentYear());
    return List.copyOf(years.descendingSet());
  }

  /** The departments a municipality's spend of a year was booked on, by name. */
  public List<String> departments(long buyerId, int year) {
    return spendReport.departments(buyerId, year);
  }

  public int currentYear() {
    return LocalDate.now(clock.withZone(ClockProducer.DISPLAY_ZONE)).getYear();
  }
}
