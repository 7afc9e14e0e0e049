package nl.kringkoop.tender.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds a list page's address from its filters, so pager links keep the filter. */
final class AddressQuery {

  private final Map<String, String> params = new LinkedHashMap<>();

  AddressQuery with(String name, Object value) {
    if (value != null && !value.toString().isEmpty()) {
      params.put(name, value.toString());
    }
    return this;
  }

  String on(String path) {
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return query.isEmpty() ? path : path + "?" + query;
  }
}
