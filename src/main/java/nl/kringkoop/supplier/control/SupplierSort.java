package nl.kringkoop.supplier.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The order of search results, written {@code field} or {@code field,asc|desc} as in {@code
 * ?sort=employees,desc}. Ties are broken by id (sorting by municipality: by name, then id), so
 * pages never overlap.
 */
public record SupplierSort(Field field, boolean ascending) {

  public static final SupplierSort DEFAULT = new SupplierSort(Field.NAME, true);

  /** What results can be sorted on, by the name used in the API. */
  public enum Field {
    NAME("name"),
    MUNICIPALITY("municipality"),
    SIZE_CLASS("sizeClass"),
    EMPLOYEES("employees"),
    UPDATED_AT("updatedAt");

    private final String parameter;

    Field(String parameter) {
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }

    public static Optional<Field> of(String parameter) {
      for (Field field : values()) {
        if (field.parameter.equalsIgnoreCase(parameter)) {
          return Optional.of(field);
        }
      }
      return Optional.empty();
    }
  }

  /** Reads {@code name}, {@code name,asc} or {@code name,desc}; anything else is empty. */
  public static Optional<SupplierSort> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(DEFAULT);
    }
    String[] parts = text.strip().split("\\s*,\\s*", -1);
    if (parts.length > 2) {
      return Optional.empty();
    }
    Optional<Field> field = Field.of(parts[0]);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    if (parts.length == 1) {
      return Optional.of(new SupplierSort(field.get(), true));
    }
    return switch (parts[1].toLowerCase(Locale.ROOT)) {
      case "asc" -> Optional.of(new SupplierSort(field.get(), true));
      case "desc" -> Optional.of(new SupplierSort(field.get(), false));
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return field.parameter() + "," + (ascending ? "asc" : "desc");
  }
}
