package nl.kringkoop.platform.csvimport;

/** What a {@link BatchedImport} tells the progress a page polls from another thread. */
public interface RowProgress {

  void rowRead();

  void stored(int rows);

  void rejected();
}
