package nl.kringkoop.opendata.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * A JSON object written in the standard's field order that leaves out what is unknown: OCDS wants a
 * field absent rather than null, and empty objects and arrays say nothing either.
 */
final class OcdsObject {

  private final JsonObjectBuilder fields = Json.createObjectBuilder();

  OcdsObject text(String name, String value) {
    if (value != null && !value.isBlank()) {
      fields.add(name, value);
    }
    return this;
  }

  OcdsObject text(String name, Optional<String> value) {
    return text(name, value.orElse(null));
  }

  OcdsObject number(String name, long value) {
    fields.add(name, value);
    return this;
  }

  OcdsObject flag(String name, boolean value) {
    fields.add(name, value);
    return this;
  }

  OcdsObject date(String name, Instant value) {
    return text(name, value == null ? null : OcdsDates.format(value));
  }

  OcdsObject date(String name, Optional<Instant> value) {
    return date(name, value.orElse(null));
  }

  /** A money value, {"amount": 180000.00, "currency": "EUR"}, when the amount is known. */
  OcdsObject money(String name, BigDecimal amount) {
    return object(name, amount == null ? null : value(amount));
  }

  OcdsObject money(String name, Optional<BigDecimal> amount) {
    return money(name, amount.orElse(null));
  }

  OcdsObject object(String name, JsonObject value) {
    if (value != null && !value.isEmpty()) {
      fields.add(name, value);
    }
    return this;
  }

  OcdsObject object(String name, OcdsObject value) {
    return object(name, value == null ? null : value.build());
  }

  OcdsObject array(String name, JsonArray value) {
    if (value != null && !value.isEmpty()) {
      fields.add(name, value);
    }
    return this;
  }

  OcdsObject array(String name, JsonArrayBuilder value) {
    return array(name, value.build());
  }

  OcdsObject texts(String name, Collection<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array(name, array);
  }

  OcdsObject objects(String name, Collection<JsonObject> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array(name, array);
  }

  JsonObject build() {
    return fields.build();
  }

  static JsonObject value(BigDecimal amount) {
    return Json.createObjectBuilder().add("amount", amount).add("currency", "EUR").build();
  }

  /** A reference to a party: its id and, when it has one, its name. */
  static JsonObject reference(Party party) {
    return new OcdsObject().text("id", party.id()).text("name", party.name()).build();
  }

  static JsonObject period(String start, String end) {
    return new OcdsObject().text("startDate", start).text("endDate", end).build();
  }
}
