package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.control.TenderFinder;
import nl.kringkoop.tender.control.TenderResponses;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderResponse;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The supplier's tender overview ({@code supplier/tenders.xhtml}): open tenders (the entry phase by
 * default, any other phase on request) and the tenders the firm responded to, each with the next
 * deadline that matters to the firm. Filters and pages travel in the address.
 */
@Named
@RequestScoped
public class SupplierTenders extends AddressFilters {

  /** The filter value for "entries open", the list's default. */
  static final String OPEN = "OPEN";

  /** The filter value for every phase the market sees. */
  static final String ALL = "ALL";

  @Inject TenderFinder finder;

  @Inject TenderResponses responses;

  @Inject CurrentUser currentUser;

  @Inject Clock clock;

  @Inject HttpServletRequest request;

  private int minePage;
  private TenderListing open = TenderListing.empty();
  private TenderListing mine = TenderListing.empty();

  public void load() {
    SignedInCaller caller = caller();
    Instant now = clock.instant();
    page = TenderListing.sane(page);
    minePage = TenderListing.sane(minePage);
    TenderStatus chosen = chosenStatus();
    open = list(new TenderFinder.Filter(chosen, false, q), page, caller, now, false);
    mine = list(new TenderFinder.Filter(null, true, null), minePage, caller, now, true);
  }

  private TenderStatus chosenStatus() {
    if (ALL.equals(status)) {
      return null;
    }
    TenderStatus chosen = StatusChoice.parse(status);
    status = chosen == null ? OPEN : chosen.name();
    return chosen == null ? TenderStatus.PUBLISHED : chosen;
  }

  private TenderListing list(
      TenderFinder.Filter filter, int number, SignedInCaller caller, Instant now, boolean own) {
    Page<Tender> found = finder.find(filter, caller, new PageRequest(number, TenderListing.SIZE));
    List<TenderRow> rows =
        found.items().stream()
            .map(
                tender -> {
                  Optional<TenderResponse> response =
                      responses.ownResponse(tender, caller.organisationId());
                  return TenderRow.of(
                      tender,
                      NextDeadline.of(tender, response, now).orElse(null),
                      own ? response.map(r -> r.status().name()).orElse(null) : null);
                })
            .toList();
    return new TenderListing(rows, found.total(), number);
  }

  private SignedInCaller caller() {
    return currentUser
        .account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  /** The address of another page of the open list, with the same filters. */
  public String openPageLink(int number) {
    return link(Math.max(0, number), minePage);
  }

  /** The address of another page of the own responses, keeping the open list where it is. */
  public String minePageLink(int number) {
    return link(page, Math.max(0, number));
  }

  private String link(int openPage, int ownPage) {
    return new AddressQuery()
        .with("status", status)
        .with("q", q)
        .with("page", openPage)
        .with("minePage", ownPage)
        .on(request.getContextPath() + "/supplier/tenders.xhtml");
  }

  public List<TenderStatus> getStatusOptions() {
    return StatusChoice.MARKET;
  }

  public TenderListing getOpen() {
    return open;
  }

  public TenderListing getMine() {
    return mine;
  }

  public int getMinePage() {
    return minePage;
  }

  public void setMinePage(int minePage) {
    this.minePage = minePage;
  }
}
