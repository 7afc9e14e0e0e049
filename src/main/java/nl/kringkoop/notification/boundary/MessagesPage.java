package nl.kringkoop.notification.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.notification.control.Notifications;
import nl.kringkoop.notification.entity.Notification;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * The signed-in user's messages ({@code messages.xhtml}), newest first, a page at a time. Opening a
 * message marks it read and follows its link.
 */
@Named
@ViewScoped
public class MessagesPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String VIEW = "/messages.xhtml";

  @Inject CurrentUser currentUser;

  @Inject Notifications notifications;

  private int page;
  private List<NotificationView> items = List.of();
  private long total;

  public void load() {
    page = Math.min(Math.max(0, page), Integer.MAX_VALUE / PageRequest.DEFAULT_SIZE);
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Page<Notification> found =
        notifications.forUser(caller().userId(), new PageRequest(page, PageRequest.DEFAULT_SIZE));
    items = found.items().stream().map(item -> NotificationView.of(item, locale)).toList();
    total = found.total();
  }

  /** Marks the message read and goes where it points, or back to this list. */
  public void open(long id) throws IOException {
    Notification notification = notifications.markRead(id, caller());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(
        external.getRequestContextPath() + notification.link().orElse(VIEW + "?page=" + page));
  }

  public void markAllRead() throws IOException {
    notifications.markAllRead(caller());
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + VIEW + "?page=" + page);
  }

  private SignedInCaller caller() {
    return currentUser
        .account()
        .map(SignedInCaller::of)
        .orElseThrow(() -> ProblemException.of(ProblemType.UNAUTHENTICATED));
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public List<NotificationView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
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
