package nl.kringkoop.platform.csvimport;

/** Told how far a long import has come, for a progress bar; {@code total} may be an estimate. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (done, total) -> {};

  void advanced(int done, int total);
}
