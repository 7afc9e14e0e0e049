package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import nl.kringkoop.identity.boundary.CurrentUser;
import nl.kringkoop.platform.i18n.LanguageSelection;
import nl.kringkoop.platform.problem.ProblemException;
import nl.kringkoop.platform.web.FormMessages;
import nl.kringkoop.tender.control.Attachments;
import nl.kringkoop.tender.entity.Attachment;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of one pitch on a tender page: the lead firm adds them while entries are open; the firm
 * and the buyer's staff download them. The control layer decides who may do what.
 */
@Named
@ViewScoped
public class PitchFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Attachments attachments;

  @Inject CurrentUser currentUser;

  @Inject LanguageSelection language;

  private transient UploadedFile file;

  /** A file as the page lists it. */
  public record FileLine(long id, String name, long kilobytes) {}

  public List<FileLine> of(long tenderId, long responseId) {
    return attachments.of(tenderId, responseId, currentUser.caller()).stream()
        .map(a -> new FileLine(a.id(), a.fileName(), Math.max(1, a.sizeBytes() / 1024)))
        .toList();
  }

  public void upload(long tenderId, long responseId) {
    if (file == null || file.getSize() == 0) {
      FormMessages.show(
          ProblemException.invalid(
              List.of(new ProblemException.InvalidField("file", "attachment.field.empty"))),
          "files",
          language.getLocale());
      return;
    }
    try (InputStream content = file.getInputStream()) {
      attachments.add(
          tenderId,
          responseId,
          file.getFileName(),
          file.getContentType(),
          content,
          currentUser.caller());
      FormMessages.info("pitchPage.files.added", language.getLocale());
    } catch (ProblemException refused) {
      FormMessages.show(onTheFileInput(refused), "files", language.getLocale());
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    file = null;
  }

  /** Name, type and content problems all concern the one file input of the form. */
  private static ProblemException onTheFileInput(ProblemException refused) {
    if (refused.invalidFields().isEmpty()) {
      return refused;
    }
    return ProblemException.invalid(
        refused.invalidFields().stream()
            .map(f -> new ProblemException.InvalidField("file", f.messageKey(), f.args()))
            .toList());
  }

  public StreamedContent download(long tenderId, long responseId, long attachmentId) {
    Attachment found = attachments.one(tenderId, responseId, attachmentId, currentUser.caller());
    byte[] content = found.content();
    return DefaultStreamedContent.builder()
        .name(found.fileName())
        .contentType(found.contentType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }
}
