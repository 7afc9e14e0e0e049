package nl.kringkoop.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Decides whether the integration suite runs in this failsafe execution. The H2 execution always
 * runs. The MySQL/MariaDB execution ({@code it.database=mysql}) depends on {@code it.mysql}: {@code
 * auto} runs when the database answers and skips with a message otherwise, {@code required} fails
 * when it does not answer (CI), {@code off} skips.
 */
public class DatabaseSuiteCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String database = System.getProperty("it.database", "h2");
    if (!"mysql".equals(database)) {
      return ConditionEvaluationResult.enabled("embedded H2 suite");
    }
    String mode = System.getProperty("it.mysql", "auto");
    if ("off".equals(mode)) {
      return SuiteMessages.skipped("MySQL/MariaDB suite switched off (-Dit.mysql=off)");
    }
    String url = System.getProperty("it.db.url");
    String user = System.getProperty("it.db.user");
    try (Connection connection = DriverManager.getConnection(url, user, password())) {
      return ConditionEvaluationResult.enabled(
          "MySQL/MariaDB suite on " + connection.getMetaData().getDatabaseProductVersion());
    } catch (SQLException unreachable) {
      String reason =
          "MySQL/MariaDB suite: cannot connect to "
              + url
              + " as "
              + user
              + " ("
              + unreachable.getMessage()
              + "). Run .ci/run or create the test database and user, and set"
              + " KRINGKOOP_IT_DB_PASSWORD.";
      if ("required".equals(mode)) {
        throw new IllegalStateException("REQUIRED " + reason, unreachable);
      }
      return SuiteMessages.skipped(reason);
    }
  }

  private static String password() {
    String value = System.getProperty("it.db.password", "");
    // An unset ${env.KRINGKOOP_IT_DB_PASSWORD} reaches us unexpanded.
    return value.startsWith("${") ? "" : value;
  }
}
