package nl.kringkoop.tender.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.problem.FieldChecks;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.problem.ProblemType;
import nl.kringkoop.tender.entity.Attachment;
import nl.kringkoop.tender.entity.TenderResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files added to an entry pitch: PDF, Word or OpenDocument text, PNG, JPEG or plain text, within a
 * size and count limit, while the entry phase is open. A file must start the way its type does, so
 * a renamed program is not stored as a PDF.
 */
@ApplicationScoped
@Transactional
public class Attachments {

  static final int NAME_MAX = 200;

  private static final Map<String, byte[]> SIGNATURES =
      Map.of(
          "application/pdf", "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
          "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8},
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              new byte[] {'P', 'K'},
          "application/vnd.oasis.opendocument.text", new byte[] {'P', 'K'},
          "text/plain", new byte[0]);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject TenderResponses responses;

  @Inject TenderTrail trail;

  @Inject
  @ConfigProperty(name = "tender.attachments.max-bytes", defaultValue = "5242880")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "tender.attachments.max-per-response", defaultValue = "5")
  int maxPerResponse;

  public Attachment add(
      long tenderId,
      long responseId,
      String fileName,
      String contentType,
      InputStream content,
      SignedInCaller caller) {
    TenderResponse response = responses.response(tenderId, responseId, caller);
    if (!response.isLedBy(caller.organisationId())) {
      throw ProblemException.of(ProblemType.FORBIDDEN);
    }
    if (!response.tender().acceptsEntries(clock.instant())) {
      throw new ProblemException(ProblemType.DEADLINE_PASSED, "response.refused.entryClosed");
    }
    FieldChecks checks = new FieldChecks();
    String name = checks.text("fileName", baseName(fileName), NAME_MAX, true);
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    checks.require(SIGNATURES.containsKey(type), "contentType", "attachment.field.type");
    checks.require(
        list(response).size() < maxPerResponse, "file", "attachment.field.tooMany", maxPerResponse);
    checks.throwIfAny();
    byte[] bytes = read(content);
    checks.require(bytes.length > 0, "file", "attachment.field.empty");
    checks.require(
        bytes.length <= maxBytes, "file", "attachment.field.tooLarge", maxBytes / (1024 * 1024));
    checks.require(
        bytes.length > maxBytes || startsWith(bytes, SIGNATURES.get(type)),
        "file",
        "attachment.field.notOfType");
    checks.throwIfAny();
    Attachment attachment = new Attachment(response, name, type, bytes, clock.instant());
    em.persist(attachment);
    em.flush();
    trail.record(
        response.tender(),
        caller,
        "ATTACHMENT_ADDED",
        "response " + responseId + ": " + name + " (" + bytes.length + " bytes)");
    return attachment;
  }

  /** A file's description, read without its content. */
  public record FileInfo(
      Long id, String fileName, String contentType, Long sizeBytes, java.time.Instant uploadedAt) {}

  /** The files of a response, for its firm and the buyer's staff (404 for anyone else). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<FileInfo> of(long tenderId, long responseId, SignedInCaller caller) {
    return list(responses.response(tenderId, responseId, caller));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Attachment one(long tenderId, long responseId, long attachmentId, SignedInCaller caller) {
    TenderResponse response = responses.response(tenderId, responseId, caller);
    Attachment file = em.find(Attachment.class, attachmentId);
    if (file == null || !file.response().id().equals(response.id())) {
      throw ProblemException.of(ProblemType.NOT_FOUND);
    }
    return file;
  }

  private List<FileInfo> list(TenderResponse response) {
    return em.createQuery(
            "select new nl.kringkoop.tender.control.Attachments.FileInfo(a.id, a.fileName,"
                + " a.contentType, a.sizeBytes, a.uploadedAt) from Attachment a"
                + " where a.response = :response order by a.id",
            FileInfo.class)
        .setParameter("response", response)
        .getResultList();
  }

  /** Reads at most one byte more than allowed, so a huge upload is refused without holding it. */
  private byte[] read(InputStream content) {
    if (content == null) {
      return new byte[0];
    }
    try {
      return content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String baseName(String fileName) {
    if (fileName == null) {
      return null;
    }
    String name = fileName.replace('\\', '/');
    return name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "");
  }

  private static boolean startsWith(byte[] bytes, byte[] signature) {
    if (bytes.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (bytes[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
