package nl.kringkoop.tender.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import nl.kringkoop.platform.audit.entity.AuditEntry;
import nl.kringkoop.platform.paging.Page;
import nl.kringkoop.platform.paging.PageRequest;
import nl.kringkoop.tender.control.TenderTrail;
import nl.kringkoop.tender.entity.Tender;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The tender's audit trail on its page, a page of entries at a time. */
@Named
@ViewScoped
public class TrailPanel implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SIZE = 20;

  @Inject TenderDesk desk;

  @Inject TenderTrail trail;

  private int page;
  private transient Page<Row> current;

  /** The whole trail as a CSV download (the API's audit.csv wants a bearer token). */
  public StreamedContent getCsv() {
    Tender tender = desk.getTender();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.Writer writer =
        new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
      trail.writeCsv(tender, writer);
    } catch (java.io.IOException unwritable) {
      throw new java.io.UncheckedIOException(unwritable);
    }
    byte[] csv = out.toByteArray();
    return DefaultStreamedContent.builder()
        .name("tender-" + tender.id() + "-audit.csv")
        .contentType("text/csv;charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new java.io.ByteArrayInputStream(csv))
        .build();
  }

  public Page<Row> getEntries() {
    if (current == null && desk.getTender() != null) {
      current = trail.entries(desk.getTender(), new PageRequest(page, SIZE)).map(Row::of);
    }
    return current;
  }

  public void next() {
    if (hasNext()) {
      page++;
      current = null;
    }
  }

  public void previous() {
    if (page > 0) {
      page--;
      current = null;
    }
  }

  /** Shows the newest entries again, e.g. after an action added one. */
  public void reload() {
    current = null;
  }

  public boolean hasNext() {
    Page<Row> entries = getEntries();
    return entries != null && (long) (page + 1) * SIZE < entries.total();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public int getPageNumber() {
    return page + 1;
  }

  public long getPageCount() {
    Page<Row> entries = getEntries();
    return entries == null ? 1 : Math.max(1, (entries.total() + SIZE - 1) / SIZE);
  }

  /** One line of the trail: when, who, what and the detail. */
  public record Row(Instant occurredAt, String actor, String action, String detail)
      implements Serializable {

    static Row of(AuditEntry entry) {
      return new Row(entry.occurredAt(), entry.actor(), entry.action(), entry.detail());
    }
  }
}
