package nl.kringkoop.matching.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Profile changes arrive on another thread (the CDI observer) while rankings run: every ranking
 * sees a consistent index, and the index ends as the changes left it.
 */
class SupplierIndexConcurrencyTest {

  private final MatchScorer scorer = new MatchScorer(MatchingPolicy.defaults());
  private final GeneratedMarket market = new GeneratedMarket(13L);

  @Test
  void rankingsWhileFirmsChangeSeeAConsistentIndex() throws Exception {
    SupplierIndex index = new SupplierIndex();
    for (long id = 1; id <= 2_000; id++) {
      index.put(market.firm(id));
    }
    List<SupplierFacts> changes = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      changes.add(market.firm(1 + i % 3_000));
    }
    List<NeedFacts> needs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      needs.add(market.need());
    }
    Map<Long, SupplierFacts> last = new LinkedHashMap<>();

    ExecutorService observer = Executors.newSingleThreadExecutor();
    Future<?> changing =
        observer.submit(
            () -> {
              for (int i = 0; i < changes.size(); i++) {
                SupplierFacts firm = changes.get(i);
                if (i % 7 == 0) {
                  index.remove(firm.id());
                } else {
                  index.put(firm);
                }
              }
            });
    Ranking ranking = new Ranking(index, scorer);
    for (NeedFacts need : needs) {
      for (Match match : ranking.rank(need, 20, id -> 0).matches()) {
        double sum = match.explanation().stream().mapToDouble(Contribution::contribution).sum();
        assertEquals(match.score(), sum, 1e-9, "a match is explained from one version of a firm");
      }
    }
    changing.get();
    observer.shutdown();

    for (long id = 1; id <= 2_000; id++) {
      last.put(id, market.firm(id));
    }
    for (int i = 0; i < changes.size(); i++) {
      SupplierFacts firm = changes.get(i);
      if (i % 7 == 0) {
        last.remove(firm.id());
      } else {
        last.put(firm.id(), firm);
      }
    }
    SupplierIndex rebuilt = new SupplierIndex();
    last.values().forEach(rebuilt::put);
    assertEquals(last.size(), index.size());
    Ranking fresh = new Ranking(rebuilt, scorer);
    for (NeedFacts need : needs.subList(0, 50)) {
      Ranking.Result expected = fresh.rank(need, 20, id -> 0);
      Ranking.Result actual = ranking.rank(need, 20, id -> 0);
      assertEquals(expected.matches(), actual.matches());
      assertEquals(excludedIds(expected), excludedIds(actual));
    }
  }

  private static Set<Long> excludedIds(Ranking.Result result) {
    return result.exclusions().stream().map(Exclusion::supplierId).collect(Collectors.toSet());
  }
}
