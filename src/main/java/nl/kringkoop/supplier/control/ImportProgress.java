package nl.kringkoop.supplier.control;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.kringkoop.platform.csvimport.RowProgress;

/**
 * How far a running import is, readable from another thread (the admin screen polls it): rows read,
 * rows stored so far, and bytes of the file consumed out of its size when that is known.
 */
public final class ImportProgress implements RowProgress {

  private final long size;
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicInteger rowsRead = new AtomicInteger();
  private final AtomicInteger rowsStored = new AtomicInteger();
  private final AtomicInteger rowsRejected = new AtomicInteger();

  /** Progress of a file of {@code size} bytes; 0 when the size is not known (a streamed body). */
  public ImportProgress(long size) {
    this.size = size;
  }

  void bytesRead(long bytes) {
    bytesRead.set(bytes);
  }

  @Override
  public void rowRead() {
    rowsRead.incrementAndGet();
  }

  @Override
  public void stored(int rows) {
    rowsStored.addAndGet(rows);
  }

  @Override
  public void rejected() {
    rowsRejected.incrementAndGet();
  }

  public int rowsRead() {
    return rowsRead.get();
  }

  public int rowsStored() {
    return rowsStored.get();
  }

  public int rowsRejected() {
    return rowsRejected.get();
  }

  /** Share of the file read, 0 to 100; 0 while the size is unknown. */
  public int percent() {
    return size <= 0 ? 0 : (int) Math.min(100, bytesRead.get() * 100 / size);
  }
}
