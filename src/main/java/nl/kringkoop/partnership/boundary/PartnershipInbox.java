package nl.kringkoop.partnership.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.partnership.control.Consortia;
import nl.kringkoop.partnership.control.ConsortiumFinder;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.platform.web.StaleChange;

/**
 * A supplier's partnerships ({@code supplier/partnerships.xhtml}): the consortia its firm leads or
 * is invited to, newest change first, with their members, and the firm's own invitations to accept
 * or decline (with an optional reason).
 */
@Named
@ViewScoped
public class PartnershipInbox implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ConsortiumFinder finder;

  @Inject Consortia consortia;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private int page;
  private long total;
  private List<ConsortiumView> items = List.of();
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    page = Math.min(Math.max(0, page), Integer.MAX_VALUE / PageRequest.DEFAULT_SIZE);
    Page<ConsortiumView> found =
        finder
            .involving(
                caller().organisationId(), null, new PageRequest(page, PageRequest.DEFAULT_SIZE))
            .map(ConsortiumView::of);
    items = found.items();
    total = found.total();
  }

  public void accept(long consortiumId) {
    answer(
        consortiumId, "partnership.inbox.accepted", () -> consortia.accept(consortiumId, caller()));
  }

  public void decline(long consortiumId) {
    answer(
        consortiumId,
        "partnership.inbox.declined",
        () -> consortia.decline(consortiumId, reasons.get(consortiumId), caller()));
  }

  private void answer(long consortiumId, String doneKey, Runnable change) {
    try {
      change.run();
      reasons.remove(consortiumId);
      FormMessages.info(doneKey, language.getLocale());
    } catch (ProblemException refused) {
      FormMessages.show(refused, "inbox", language.getLocale());
    } catch (RuntimeException failed) {
      if (!StaleChange.causedBy(failed)) {
        throw failed;
      }
      FormMessages.show(
          ProblemException.of(ProblemType.STALE_VERSION), "inbox", language.getLocale());
    }
    load();
  }

  /** The firm's own invitation in the consortium, while it still waits for an answer. */
  public boolean awaitsMyAnswer(ConsortiumView consortium) {
    return consortium.isProposed()
        && consortium
            .memberFor(caller().organisationId())
            .map(ConsortiumView.Member::isPending)
            .orElse(false);
  }

  public boolean leads(ConsortiumView consortium) {
    return consortium.isLedBy(caller().organisationId());
  }

  private SignedInCaller caller() {
    return currentUser
        .account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public List<ConsortiumView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public boolean isFirst() {
    return page == 0;
  }

  public boolean isLast() {
    return (long) (page + 1) * PageRequest.DEFAULT_SIZE >= total;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PageRequest.DEFAULT_SIZE - 1) / PageRequest.DEFAULT_SIZE);
  }
}
