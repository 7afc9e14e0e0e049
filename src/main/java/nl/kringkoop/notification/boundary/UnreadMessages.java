package nl.kringkoop.notification.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.notification.control.Notifications;

/** The number of unread messages in the menu, counted at most once per page. */
@Named
@RequestScoped
public class UnreadMessages {

  @Inject CurrentUser currentUser;

  @Inject Notifications notifications;

  private Long count;

  public long getCount() {
    if (count == null) {
      count = currentUser.account().map(user -> notifications.unreadCount(user.id())).orElse(0L);
    }
    return count;
  }
}
