package nl.kringkoop.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import nl.kringkoop.identity.entity.Organisation;
import nl.kringkoop.identity.entity.OrganisationKind;
import nl.kringkoop.opendata.control.TenderProcess.Place;
import nl.kringkoop.supplier.entity.SizeClass;

/**
 * An organisation as an OCDS party: firms by their KVK number (scheme {@code NL-KVK}),
 * municipalities by their CBS code as an additional identifier (no organisation identifier list
 * holds CBS codes), with the place where they are and, for firms, their EU size class. Contact
 * persons, e-mail addresses, telephone numbers and street addresses are never part of it: a small
 * firm's address is often its owner's home.
 */
final class Party {

  static final String KVK_SCHEME = "NL-KVK";
  static final String CBS_SCHEME = "CBS-gemeentecode";
  private static final String COUNTRY = "Nederland";

  private final String id;
  private final String name;
  private final JsonObject identifier;
  private final JsonObject cbsCode;
  private final JsonObject address;
  private final String scale;
  private final Set<String> roles = new LinkedHashSet<>();

  private Party(
      String id,
      String name,
      JsonObject identifier,
      JsonObject cbsCode,
      JsonObject address,
      String scale) {
    this.id = id;
    this.name = name;
    this.identifier = identifier;
    this.cbsCode = cbsCode;
    this.address = address;
    this.scale = scale;
  }

  static Party of(Organisation organisation, Optional<Place> place, Optional<SizeClass> size) {
    String name = organisation.isRemoved() ? null : organisation.name();
    JsonObject address =
        place
            .map(
                p ->
                    new OcdsObject()
                        .text("locality", p.name())
                        .text("region", p.province())
                        .text("countryName", COUNTRY)
                        .build())
            .orElse(null);
    String scale = size.map(OcdsCodes::scale).orElse(null);
    if (organisation.kind() == OrganisationKind.MUNICIPALITY) {
      String code = organisation.code().orElseThrow();
      JsonObject cbs =
          new OcdsObject()
              .text("scheme", CBS_SCHEME)
              .text("id", code)
              .text("legalName", name)
              .build();
      return new Party("CBS-" + code, name, null, cbs, address, null);
    }
    return organisation
        .kvkNumber()
        .map(
            kvk ->
                new Party(
                    KVK_SCHEME + "-" + kvk.value(),
                    name,
                    new OcdsObject().text("scheme", KVK_SCHEME).text("id", kvk.value()).build(),
                    null,
                    address,
                    scale))
        .orElseGet(
            () -> new Party("kringkoop-" + organisation.id(), name, null, null, address, scale));
  }

  Party playing(String role) {
    roles.add(role);
    return this;
  }

  String id() {
    return id;
  }

  String name() {
    return name;
  }

  JsonObject toJson() {
    OcdsObject details = new OcdsObject().text("scale", scale);
    return new OcdsObject()
        .text("name", name)
        .text("id", id)
        .object("identifier", identifier)
        .array(
            "additionalIdentifiers",
            cbsCode == null ? null : Json.createArrayBuilder().add(cbsCode).build())
        .object("address", address)
        .texts("roles", roles)
        .object("details", details)
        .build();
  }
}
