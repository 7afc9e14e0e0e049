package nl.kringkoop.tender.boundary;

import jakarta.persistence.OptimisticLockException;

/** Recognises a lost race for the same version, however deep the container wrapped it. */
final class StaleChange {

  private StaleChange() {}

  static boolean causedBy(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException) {
        return true;
      }
    }
    return false;
  }
}
