package nl.kringkoop.cpv.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kringkoop.cpv.entity.CpvLabel;
import nl.kringkoop.identity.control.SignedInCaller;
import nl.kringkoop.platform.audit.control.AuditEvent;
import nl.kringkoop.platform.audit.control.AuditLog;
import nl.kringkoop.platform.csvimport.ImportProgress;
import nl.kringkoop.platform.csvimport.ImportReport;

/** The imported CPV labels in the database: read them per language, store a checked import. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CpvLabels {

  private static final int FLUSH_EVERY = 500;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<CpvLabelsImported> imported;

  @Inject AuditLog audit;

  /** Every imported label of a language by the code's eight digits. */
  public Map<String, String> byCode(String locale) {
    Map<String, String> labels = new HashMap<>();
    em.createQuery("select l from CpvLabel l where l.locale = :locale", CpvLabel.class)
        .setParameter("locale", locale)
        .getResultStream()
        .forEach(label -> labels.put(label.code().digits(), label.label()));
    return labels;
  }

  /**
   * Adds or relabels every accepted row in one transaction; codes missing from the file keep the
   * label they had. Fires {@link CpvLabelsImported} so caches reload after the commit.
   */
  @Transactional
  public ImportReport.Tally store(
      String locale,
      List<CpvLabelRules.Accepted> rows,
      int rejected,
      SignedInCaller admin,
      ImportProgress progress) {
    Instant now = clock.instant();
    // Compare with plain strings and load only the rows that change: thousands of managed
    // entities would make every flush compare them all.
    Map<String, String> existing = byCode(locale);
    ImportReport.Tally tally = new ImportReport.Tally();
    int done = 0;
    for (CpvLabelRules.Accepted row : rows) {
      String current = existing.get(row.code().digits());
      if (current == null) {
        em.persist(new CpvLabel(row.code(), locale, row.label(), now));
        tally.created();
      } else if (!current.equals(row.label())) {
        em.find(CpvLabel.class, new CpvLabel.Key(row.code().digits(), locale))
            .relabel(row.label(), now);
        tally.updated();
      } else {
        tally.unchanged();
      }
      if (++done % FLUSH_EVERY == 0) {
        em.flush();
        em.clear();
        progress.advanced(done, rows.size());
      }
    }
    em.flush();
    progress.advanced(done, rows.size());
    audit.record(
        AuditEvent.of(admin.username(), admin.organisationId(), "CPV_LABELS_IMPORTED")
            .about("cpv_label", locale)
            .withDetail(tally.report(List.of()).summary() + ", rejected " + rejected));
    imported.fire(new CpvLabelsImported(locale));
    return tally;
  }
}
