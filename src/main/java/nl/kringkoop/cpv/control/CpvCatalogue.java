package nl.kringkoop.cpv.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvList.Entry;
import nl.kringkoop.cpv.control.CpvList.Resolution;
import nl.kringkoop.cpv.entity.CpvCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entry point of the CPV component: the shipped official list with labels in the caller's language.
 * Dutch labels come from an administrator's import when there is one, else from the hand-written
 * division labels; other codes show their English label. Imported labels are cached: reloaded on
 * this node right after an import, and on other nodes after {@code cpv.labels.reload-after}.
 */
@ApplicationScoped
public class CpvCatalogue {

  private static final String LIST = "/cpv/cpv-2008.csv";
  private static final String DIVISIONS_NL = "/cpv/divisions_nl.csv";

  private volatile CpvList list;
  private volatile Map<String, String> dutchDivisionLabels;
  private volatile Imported importedDutch;

  @Inject CpvLabels importedLabels;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "cpv.labels.reload-after", defaultValue = "PT5M")
  Duration reloadAfter;

  public Resolution resolve(String written) {
    return list().resolve(written);
  }

  public CpvList.Found search(String query, int limit) {
    return list().search(query, this::dutchLabel, limit);
  }

  public String label(Entry entry, Locale locale) {
    if ("nl".equals(locale.getLanguage())) {
      String dutch = dutchLabel(entry);
      if (dutch != null) {
        return dutch;
      }
    }
    return entry.labelEn();
  }

  /** Suggestions for a CPV picker: matching codes written as "published-code label". */
  public List<String> pickerLines(String query, int limit, Locale locale) {
    return search(query, limit).items().stream().map(entry -> pickerLine(entry, locale)).toList();
  }

  /** A code as a picker writes it, or its eight digits when the list does not know it. */
  public String pickerLine(CpvCode code, Locale locale) {
    return entry(code).map(entry -> pickerLine(entry, locale)).orElse(code.digits());
  }

  private String pickerLine(Entry entry, Locale locale) {
    return entry.published() + " " + label(entry, locale);
  }

  public int size() {
    return list().size();
  }

  public Optional<Entry> entry(CpvCode code) {
    return list().find(code);
  }

  void onLabelsImported(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CpvLabelsImported imported) {
    importedDutch = null;
  }

  private String dutchLabel(Entry entry) {
    String imported = importedDutch().get(entry.code().digits());
    if (imported != null) {
      return imported;
    }
    return entry.level() == 1 ? dutchDivisionLabels().get(entry.code().division()) : null;
  }

  private Map<String, String> importedDutch() {
    Imported cached = importedDutch;
    Instant now = clock.instant();
    if (cached == null || cached.loadedAt().plus(reloadAfter).isBefore(now)) {
      cached = new Imported(Map.copyOf(importedLabels.byCode(CpvLabelImport.DUTCH)), now);
      importedDutch = cached;
    }
    return cached.labels();
  }

  /** Imported labels as read from the database at a moment. */
  private record Imported(Map<String, String> labels, Instant loadedAt) {}

  private CpvList list() {
    CpvList loaded = list;
    if (loaded == null) {
      synchronized (this) {
        if (list == null) {
          try (InputStream csv = resource(LIST)) {
            list = CpvList.read(csv);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        }
        loaded = list;
      }
    }
    return loaded;
  }

  private Map<String, String> dutchDivisionLabels() {
    Map<String, String> loaded = dutchDivisionLabels;
    if (loaded == null) {
      Map<String, String> labels = new HashMap<>();
      try (Reader reader = new InputStreamReader(resource(DIVISIONS_NL), StandardCharsets.UTF_8)) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord row : format.parse(reader)) {
          labels.put(row.get("division"), row.get("label_nl"));
        }
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
      loaded = Map.copyOf(labels);
      dutchDivisionLabels = loaded;
    }
    return loaded;
  }

  private static InputStream resource(String path) {
    InputStream stream = CpvCatalogue.class.getResourceAsStream(path);
    if (stream == null) {
      throw new IllegalStateException("Missing resource " + path);
    }
    return stream;
  }
}
