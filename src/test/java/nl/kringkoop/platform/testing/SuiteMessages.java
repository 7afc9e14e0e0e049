package nl.kringkoop.platform.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** Makes a skipped suite impossible to miss in the build output. */
final class SuiteMessages {

  private SuiteMessages() {}

  static ConditionEvaluationResult skipped(String reason) {
    System.err.println();
    System.err.println("************************************************************************");
    System.err.println("SKIPPED: " + reason);
    System.err.println("************************************************************************");
    return ConditionEvaluationResult.disabled("SKIPPED: " + reason);
  }
}
