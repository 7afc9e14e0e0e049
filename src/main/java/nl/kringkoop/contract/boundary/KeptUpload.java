package nl.kringkoop.contract.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;

/**
 * An uploaded spend file kept on disk before the import starts, so an oversized or empty upload is
 * refused before anything is stored, and the import can run after the request has ended.
 */
final class KeptUpload {

  private KeptUpload() {}

  static Path keep(InputStream body, long maxBytes) {
    if (body == null) {
      throw new ProblemException(ProblemType.MALFORMED_REQUEST, "spend.import.empty");
    }
    Path copy = null;
    try {
      copy = Files.createTempFile("kringkoop-spend-", ".csv");
      long size = 0;
      byte[] buffer = new byte[64 * 1024];
      try (InputStream in = body;
          var out = Files.newOutputStream(copy)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new ProblemException(
                ProblemType.PAYLOAD_TOO_LARGE, "spend.import.tooLarge", maxBytes / (1024 * 1024));
          }
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw new ProblemException(ProblemType.MALFORMED_REQUEST, "spend.import.empty");
      }
      return copy;
    } catch (IOException | RuntimeException failed) {
      discard(copy);
      if (failed instanceof RuntimeException refused) {
        throw refused;
      }
      throw new UncheckedIOException((IOException) failed);
    }
  }

  static void discard(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file: the operating system clears it eventually.
    }
  }
}
