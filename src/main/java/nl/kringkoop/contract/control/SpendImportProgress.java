package nl.kringkoop.contract.control;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.kringkoop.platform.csvimport.RowProgress;

/**
 * How far a running spend import is, readable from another thread (the import page polls it): lines
 * read, stored and refused so far, and bytes of the file consumed out of its size.
 */
public final class SpendImportProgress implements RowProgress {

  private final long size;
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicInteger linesRead = new AtomicInteger();
  private final AtomicInteger linesStored = new AtomicInteger();
  private final AtomicInteger linesRejected = new AtomicInteger();

  /** Progress of a file of {@code size} bytes; 0 when the size is not known. */
  public SpendImportProgress(long size) {
    this.size = size;
  }

  void bytesRead(long bytes) {
    bytesRead.set(bytes);
  }

  @Override
  public void rowRead() {
    linesRead.incrementAndGet();
  }

  @Override
  public void stored(int lines) {
    linesStored.addAndGet(lines);
  }

  @Override
  public void rejected() {
    linesRejected.incrementAndGet();
  }

  public int linesRead() {
    return linesRead.get();
  }

  public int linesStored() {
    return linesStored.get();
  }

  public int linesRejected() {
    return linesRejected.get();
  }

  /** Share of the file read, 0 to 100; 0 while the size is unknown. */
  public int percent() {
    return size <= 0 ? 0 : (int) Math.min(100, bytesRead.get() * 100 / size);
  }
}
