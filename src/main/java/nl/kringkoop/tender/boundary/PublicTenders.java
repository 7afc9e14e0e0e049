package nl.kringkoop.tender.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.tender.control.TenderFinder;
import nl.kringkoop.tender.entity.Tender;
import nl.kringkoop.tender.entity.TenderStatus;

/**
 * The anonymous list of published tenders ({@code public/tenders.xhtml}), filtered by phase and
 * words in the title through the address, so that every page of results can be linked to.
 */
@Named
@RequestScoped
public class PublicTenders extends AddressFilters {

  @Inject TenderFinder finder;

  @Inject HttpServletRequest request;

  private TenderListing listing = TenderListing.empty();

  public void load() {
    page = TenderListing.sane(page);
    TenderStatus chosen = StatusChoice.parse(status);
    status = chosen == null ? null : chosen.name();
    Page<Tender> found =
        finder.find(
            new TenderFinder.Filter(chosen, false, q),
            null,
            new PageRequest(page, TenderListing.SIZE));
    listing =
        new TenderListing(
            found.items().stream()
                .map(t -> TenderRow.of(t, t.entryDeadline().orElse(null), null))
                .toList(),
            found.total(),
            page);
  }

  /** The address of another page of this list, with the same filters. */
  public String pageLink(int number) {
    return new AddressQuery()
        .with("status", status)
        .with("q", q)
        .with("page", Math.max(0, number))
        .on(request.getContextPath() + "/public/tenders.xhtml");
  }

  public List<TenderStatus> getStatusOptions() {
    return StatusChoice.MARKET;
  }

  public TenderListing getListing() {
    return listing;
  }
}
