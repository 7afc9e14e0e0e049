package nl.kringkoop.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** One JSON-B configuration for the whole API: UTF-8, no nulls, ISO-8601 dates (the default). */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(new JsonbConfig().withEncoding("UTF-8").withNullValues(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
