package nl.kringkoop.matching.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.logging.Logger;
import nl.kringkoop.matching.engine.SupplierIndex;
import nl.kringkoop.platform.persistence.SchemaMigrated;
import nl.kringkoop.supplier.control.SupplierChanged;
import nl.kringkoop.supplier.control.SuppliersImported;

/**
 * The registry in memory for the engine: loaded once the schema and the demo data are in place,
 * then kept current from the registry's events: a changed firm is read again as soon as its change
 * is committed, and an import reloads everything (it fires no event per row).
 */
@ApplicationScoped
public class MatchingIndex {

  private static final Logger LOG = Logger.getLogger(MatchingIndex.class.getName());

  /** After the demo data (application priority) and the first administrator. */
  static final int AFTER_START_DATA = Interceptor.Priority.APPLICATION + 200;

  @Inject SupplierFactsQuery facts;

  @Inject MarketPlaces places;

  private volatile SupplierIndex index = new SupplierIndex();

  void onSchemaMigrated(@Observes @Priority(AFTER_START_DATA) SchemaMigrated migrated) {
    reload();
  }

  void onSupplierChanged(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SupplierChanged changed) {
    facts
        .one(changed.organisationId())
        .ifPresentOrElse(index::put, () -> index.remove(changed.organisationId()));
  }

  void onImported(@Observes SuppliersImported imported) {
    reload();
  }

  /** Reads every firm again and swaps the index in one step, so rankings never see half of it. */
  public synchronized void reload() {
    long start = System.nanoTime();
    places.reload();
    List<nl.kringkoop.matching.engine.SupplierFacts> all = facts.all();
    SupplierIndex fresh = new SupplierIndex();
    all.forEach(fresh::put);
    index = fresh;
    LOG.info(
        () ->
            "Matching index loaded: %d firms in %d ms"
                .formatted(all.size(), (System.nanoTime() - start) / 1_000_000));
  }

  public SupplierIndex current() {
    return index;
  }
}
