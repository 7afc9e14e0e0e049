package nl.kringkoop.opendata.control;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.supplier.entity.SupplierProfile;

/**
 * The parties of one release, each listed once with every role it plays; the sections of the
 * release refer to them by id.
 */
final class Parties {

  static final String BUYER = "buyer";
  static final String PROCURING_ENTITY = "procuringEntity";
  static final String TENDERER = "tenderer";
  static final String SUPPLIER = "supplier";
  static final String PAYER = "payer";
  static final String PAYEE = "payee";

  private final TenderProcess process;
  private final Map<String, Party> byId = new LinkedHashMap<>();

  Parties(TenderProcess process) {
    this.process = process;
  }

  /** The municipality that buys, and runs the procedure itself. */
  Party buyer() {
    return add(process.tender().buyer()).playing(BUYER).playing(PROCURING_ENTITY);
  }

  Party firm(Organisation firm, String role) {
    return add(firm).playing(role);
  }

  /** A firm known only by its id (a consortium partner); empty when the platform lost it. */
  Optional<Party> firm(long organisationId, String role) {
    return Optional.ofNullable(process.firms().get(organisationId)).map(firm -> firm(firm, role));
  }

  List<JsonObject> toJson() {
    return byId.values().stream().map(Party::toJson).toList();
  }

  private Party add(Organisation organisation) {
    Party party =
        Party.of(
            organisation,
            organisation.location().map(code -> process.places().get(code.value())),
            Optional.ofNullable(organisation.id())
                .map(process.profiles()::get)
                .map(SupplierProfile::sizeClass));
    return byId.merge(party.id(), party, (known, same) -> known);
  }
}
