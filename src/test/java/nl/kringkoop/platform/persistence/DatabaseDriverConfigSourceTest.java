package nl.kringkoop.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseDriverConfigSourceTest {

  @ParameterizedTest
  @CsvSource({
    "jdbc:h2:file:./data/kringkoop;MODE=MySQL,org.h2.jdbcx.JdbcDataSource",
    "jdbc:mysql://db:3306/kringkoop,com.mysql.cj.jdbc.MysqlDataSource",
    "JDBC:MYSQL://db/kringkoop,com.mysql.cj.jdbc.MysqlDataSource",
    "jdbc:mariadb://db/kringkoop,com.mysql.cj.jdbc.MysqlDataSource"
  })
  void choosesTheDataSourceClassFromTheUrl(String url, String expected) {
    assertEquals(expected, DatabaseDriverConfigSource.dataSourceClassFor(Optional.of(url)));
  }

  @org.junit.jupiter.api.Test
  void withoutAUrlTheEmbeddedDatabaseIsUsed() {
    assertEquals(
        DatabaseDriverConfigSource.H2,
        DatabaseDriverConfigSource.dataSourceClassFor(Optional.empty()));
  }
}
