package nl.kringkoop.platform.csvimport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Tells how many bytes of a file have been read so far, for a progress bar. */
public final class CountingInput extends FilterInputStream {
  private final LongConsumer bytesRead;
  private long count;

  public CountingInput(InputStream in, LongConsumer bytesRead) {
    super(in);
    this.bytesRead = bytesRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      bytesRead.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      bytesRead.accept(count);
    }
    return n;
  }
}
