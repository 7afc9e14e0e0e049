package nl.kringkoop.platform.persistence;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies {@code db.datasource-class} from the JDBC URL, so that setting {@code DB_URL} alone
 * switches the one WAR between embedded H2 and MySQL/MariaDB. An explicit {@code
 * DB_DATASOURCE_CLASS} still wins because this source has a low ordinal.
 */
public class DatabaseDriverConfigSource implements ConfigSource {

  static final String KEY = "db.datasource-class";
  static final String H2 = "org.h2.jdbcx.JdbcDataSource";
  static final String MYSQL = "com.mysql.cj.jdbc.MysqlDataSource";

  @Override
  public Set<String> getPropertyNames() {
    return Set.of(KEY);
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.of(KEY, getValue(KEY));
  }

  @Override
  public String getValue(String propertyName) {
    if (!KEY.equals(propertyName)) {
      return null;
    }
    return dataSourceClassFor(configuredUrl());
  }

  @Override
  public String getName() {
    return "kringkoop-database-driver";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  static String dataSourceClassFor(Optional<String> jdbcUrl) {
    String url = jdbcUrl.orElse("jdbc:h2:").toLowerCase(Locale.ROOT);
    if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
      return MYSQL;
    }
    return H2;
  }

  private static Optional<String> configuredUrl() {
    String fromProperty = System.getProperty("db.url");
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty);
    }
    return Optional.ofNullable(System.getenv("DB_URL")).filter(url -> !url.isBlank());
  }
}
