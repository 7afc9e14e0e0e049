package nl.kringkoop.platform.testing;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser on the deployed app for one journey, with the few moves every journey makes: open a
 * page, type, click, wait until something shows. Elements are found by id.
 */
public final class WebJourney implements AutoCloseable {

  private final String base;
  private final WebDriver browser;
  private final WebDriverWait wait;

  private WebJourney(String base, WebDriver browser, Duration patience) {
    this.base = base;
    this.browser = browser;
    this.wait = new WebDriverWait(browser, patience);
  }

  /** Starts Chromium on the deployment; the browser resolves no host but localhost. */
  public static WebJourney start(URL deployment, Duration patience) {
    try {
      String base =
          new URL("http", "localhost", deployment.getPort(), deployment.getPath()).toString();
      return new WebJourney(base, Browser.start(), patience);
    } catch (MalformedURLException impossible) {
      throw new IllegalArgumentException(impossible);
    }
  }

  public void open(String page) {
    browser.get(base + page);
  }

  public void signIn(String username, String password) {
    type("username", username);
    type("password", password);
    click("signIn");
  }

  public void type(String id, String text) {
    visible(By.id(id)).sendKeys(text);
  }

  /**
   * Types into a PrimeFaces autocomplete, chooses the suggestion starting with {@code label} and
   * waits until it shows as chosen, so a following submit cannot overtake the choice.
   */
  public void choose(String autocompleteId, String typed, String label) {
    type(autocompleteId + "_input", typed);
    click(
        By.cssSelector("[id='" + autocompleteId + "_panel'] li[data-item-label^='" + label + "']"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(autocompleteId), label));
  }

  public void click(String id) {
    click(By.id(id));
  }

  public void click(By locator) {
    wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
  }

  /** Waits for the element; on a timeout says where the browser is and what the page says. */
  public WebElement visible(By locator) {
    try {
      return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    } catch (TimeoutException missing) {
      throw new AssertionError(
          "Not visible: "
              + locator
              + " on "
              + browser.getCurrentUrl()
              + "; the page says: "
              + said(),
          missing);
    }
  }

  private String said() {
    return browser
        .findElements(By.cssSelector("h1, .ui-messages, .ui-message, .kk-notice"))
        .stream()
        .map(WebElement::getText)
        .filter(text -> !text.isBlank())
        .collect(java.util.stream.Collectors.joining(" | "));
  }

  public String text(String id) {
    return visible(By.id(id)).getText().strip();
  }

  public String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  public void awaitUrl(String part) {
    wait.until(ExpectedConditions.urlContains(part));
  }

  public void awaitText(String id, String text) {
    wait.until(ExpectedConditions.textToBe(By.id(id), text));
  }

  public void awaitTextIn(String id, String part) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), part));
  }

  public WebDriver driver() {
    return browser;
  }

  @Override
  public void close() {
    browser.quit();
  }
}
