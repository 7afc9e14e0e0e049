package nl.kringkoop.cpv.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.cpv.control.CpvList.Entry;
import nl.kringkoop.cpv.control.CpvList.Resolution;
import nl.kringkoop.cpv.entity.CpvCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Entry point of the CPV component: the shipped official list with labels in the caller's language.
 * Dutch labels exist for the divisions; other codes show their English label until official Dutch
 * labels are imported.
 */
@ApplicationScoped
public class CpvCatalogue {

  private static final String LIST = "/cpv/cpv-2008.csv";
  private static final String DIVISIONS_NL = "/cpv/divisions_nl.csv";

  private volatile CpvList list;
  private volatile Map<String, String> dutchDivisionLabels;

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

  public int size() {
    return list().size();
  }

  public Optional<Entry> entry(CpvCode code) {
    return list().find(code);
  }

  private String dutchLabel(Entry entry) {
    return entry.level() == 1 ? dutchDivisionLabels().get(entry.code().division()) : null;
  }

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
