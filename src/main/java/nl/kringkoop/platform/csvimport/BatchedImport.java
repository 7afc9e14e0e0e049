package nl.kringkoop.platform.csvimport;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.kringkoop.platform.csvimport.ImportReport.RejectedRow;
import nl.kringkoop.platform.problem.ProblemException.InvalidField;

/**
 * One run of a streamed import: reads a file's rows to the end, lets the import check each one, and
 * stores the checked rows in batches, each in one transaction of the import's own. When a batch
 * fails its rows are stored one by one, so one bad row costs only itself. Refused rows are kept
 * with their line and reasons.
 *
 * @param <C> a checked row, ready to store
 */
public final class BatchedImport<C> {

  private static final Logger LOG = Logger.getLogger(BatchedImport.class.getName());

  private final String name;
  private final int batchSize;
  private final Consumer<List<C>> store;
  private final ToLongFunction<C> lineOf;
  private final RowProgress progress;
  private final List<C> batch = new ArrayList<>();
  private final List<RejectedRow> rejected = new ArrayList<>();

  /**
   * @param name what is imported, for the log
   * @param store stores a batch in one transaction and counts what it did; throws when it failed
   * @param lineOf the file line a checked row starts on
   */
  public BatchedImport(
      String name,
      int batchSize,
      Consumer<List<C>> store,
      ToLongFunction<C> lineOf,
      RowProgress progress) {
    this.name = name;
    this.batchSize = batchSize;
    this.store = store;
    this.lineOf = lineOf;
    this.progress = progress;
  }

  /** The rows of an import file, read one at a time. */
  public interface Rows<R> {

    /**
     * The next row, or empty at the end of the file.
     *
     * @throws UncheckedIOException when the rest of the file cannot be read
     */
    Optional<R> next();

    /** The physical line where the row that was just read ends, header = line 1. */
    long linesRead();
  }

  /**
   * Hands every row to {@code check}, which {@link #accept accepts} or {@link #reject rejects} it,
   * until the end of the file or the first line that cannot be read; then stores the last batch.
   */
  public <R> void readAll(Rows<R> rows, Consumer<R> check) {
    while (true) {
      Optional<R> row;
      try {
        row = rows.next();
      } catch (UncheckedIOException | IllegalStateException broken) {
        reject(rows.linesRead() + 1, List.of(new InvalidField("row", "import.unreadableFrom")));
        break;
      }
      if (row.isEmpty()) {
        break;
      }
      progress.rowRead();
      check.accept(row.get());
      if (batch.size() >= batchSize) {
        store();
      }
    }
    store();
  }

  /** A row that passed its checks, stored with its batch. */
  public void accept(C checked) {
    batch.add(checked);
  }

  public void reject(long line, List<InvalidField> errors) {
    rejected.add(new RejectedRow(line, errors));
    progress.rejected();
  }

  /** The refused rows in the order of the file. */
  public List<RejectedRow> rejectedByLine() {
    List<RejectedRow> byLine = new ArrayList<>(rejected);
    byLine.sort(Comparator.comparingLong(RejectedRow::line));
    return byLine;
  }

  private void store() {
    if (batch.isEmpty()) {
      return;
    }
    try {
      store.accept(batch);
    } catch (RuntimeException batchFailed) {
      LOG.log(Level.WARNING, name + " batch failed; storing its rows one by one", batchFailed);
      for (C row : batch) {
        storeAlone(row);
      }
    }
    progress.stored(batch.size());
    batch.clear();
  }

  private void storeAlone(C row) {
    try {
      store.accept(List.of(row));
    } catch (RuntimeException rowFailed) {
      long line = lineOf.applyAsLong(row);
      LOG.log(Level.WARNING, name + " row on line " + line + " not stored", rowFailed);
      reject(line, List.of(new InvalidField("row", "import.row.notStored")));
    }
  }
}
