package nl.kringkoop.tender.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.kringkoop.tender.entity.TenderStatus;

/** The phases a market list can be filtered on (never DRAFT), read leniently from the address. */
final class StatusChoice {

  private StatusChoice() {}

  static final List<TenderStatus> MARKET =
      Arrays.stream(TenderStatus.values()).filter(TenderStatus::isVisibleToMarket).toList();

  /** The phase named in the address, or null (no filter) for an empty or unknown name. */
  static TenderStatus parse(String written) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String name = written.strip().toUpperCase(Locale.ROOT);
    return MARKET.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }
}
