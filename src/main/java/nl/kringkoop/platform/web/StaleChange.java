package nl.kringkoop.platform.web;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises a lost race for the same version, however deep the container wrapped it, so a page can
 * say so instead of failing.
 */
public final class StaleChange {

  private StaleChange() {}

  public static boolean causedBy(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
