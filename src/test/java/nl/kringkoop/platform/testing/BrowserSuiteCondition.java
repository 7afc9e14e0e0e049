package nl.kringkoop.platform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs browser tests when Chromium and ChromeDriver are installed ({@code it.browser=auto}), fails
 * without them when {@code it.browser=required} (CI) and skips them when {@code off}.
 */
public class BrowserSuiteCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String mode = System.getProperty("it.browser", "auto");
    if ("off".equals(mode)) {
      return SuiteMessages.skipped("Browser suite switched off (-Dit.browser=off)");
    }
    Path chromium = Path.of(Browser.chromiumPath());
    Path driver = Path.of(Browser.chromedriverPath());
    if (Files.isExecutable(chromium) && Files.isExecutable(driver)) {
      return ConditionEvaluationResult.enabled("Chromium at " + chromium);
    }
    String reason =
        "Browser suite: Chromium ("
            + chromium
            + ") or ChromeDriver ("
            + driver
            + ") is not installed. Install the Debian packages chromium and chromium-driver.";
    if ("required".equals(mode)) {
      throw new IllegalStateException("REQUIRED " + reason);
    }
    return SuiteMessages.skipped(reason);
  }
}
